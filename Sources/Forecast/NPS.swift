/// A respondent's NPS category: 9–10 promoter, 7–8 passive, 0–6 detractor.
public enum NPSCategory: String, Codable, Sendable {
    case promoter, passive, detractor

    /// The category of a score; a merged same-day response carries the mean of its scores, so `score` may be
    /// fractional: promoter when ≥ 9, detractor when ≤ 6, passive between (6.5 and 8.5 are passives).
    public init(score: Double) {
        if score >= 9 { self = .promoter } else if score <= 6 { self = .detractor } else { self = .passive }
    }
}

/// Net Promoter Score arithmetic.
public enum NPS {
    /// NPS = 100 × (promoters − detractors) / total, from −100 to 100.
    public static func score(promoters: Int, detractors: Int, total: Int) -> Double {
        precondition(total > 0 && promoters >= 0 && detractors >= 0 && promoters + detractors <= total,
                     "NPS needs counts with promoters + detractors ≤ total and total > 0")
        return 100 * Double(promoters - detractors) / Double(total)
    }

    /// Sampling variance, in NPS points², of the NPS of `respondents` answers drawn from a multinomial with these
    /// promoter and detractor shares. Each answer is +1, 0 or −1, whose variance is p₊ + p₋ − (p₊ − p₋)², so
    ///
    /// ```
    /// Var(NPS) = 100² · (p₊ + p₋ − (p₊ − p₋)²) / n
    /// ```
    public static func samplingVariance(promoterShare: Double, detractorShare: Double, respondents: Double) -> Double {
        precondition(respondents > 0, "sampling variance needs at least one expected respondent")
        let d = promoterShare - detractorShare
        return 10_000 * max(0, promoterShare + detractorShare - d * d) / respondents
    }
}
