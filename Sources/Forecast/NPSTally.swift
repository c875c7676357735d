/// Counts of promoters, passives and detractors among the responses of one period (and one segment).
public struct NPSTally: Codable, Sendable, Equatable {
    public var promoters: Int
    public var passives: Int
    public var detractors: Int

    public init(promoters: Int = 0, passives: Int = 0, detractors: Int = 0) {
        self.promoters = promoters
        self.passives = passives
        self.detractors = detractors
    }

    public var total: Int { promoters + passives + detractors }

    /// The NPS of these responses; `nil` when there are none.
    public var score: Double? {
        total > 0 ? NPS.score(promoters: promoters, detractors: detractors, total: total) : nil
    }

    /// Sampling variance of `score` (NPS points²): the multinomial formula at shares smoothed by one pseudo-response
    /// per category, (count + 1) / (n + 3), so that a small all-promoter segment does not claim zero variance.
    /// `nil` when there are no responses.
    public var samplingVariance: Double? {
        guard total > 0 else { return nil }
        let n = Double(total) + 3
        return NPS.samplingVariance(promoterShare: Double(promoters + 1) / n, detractorShare: Double(detractors + 1) / n,
                                    respondents: Double(total))
    }

    public mutating func add(_ category: NPSCategory) {
        switch category {
        case .promoter: promoters += 1
        case .passive: passives += 1
        case .detractor: detractors += 1
        }
    }
}
