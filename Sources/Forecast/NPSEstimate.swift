import Distributions

/// The NPS of a sample of answers with its sampling error, its margin and its interval at any confidence.
///
/// Each answer is +1 (promoter), 0 (passive) or −1 (detractor); the NPS is 100 × their mean and the variance of one
/// answer is n·Var = p + d − (p − d)² (p, d the promoter and detractor shares), so
///
/// ```
/// NPS = 100 (p − d)        SE = 100 √((p + d − (p − d)²) / n)        Wald: NPS ± z SE
/// ```
///
/// The adjusted-Wald interval (Rocks 2016, "Interval estimation for the 'Net Promoter Score'", The American
/// Statistician 70(4), 365–372, arXiv:1601.07235; his R package `NPS`, `nps_test(test = "adjusted.wald")`, adds
/// pseudo-observations (¾, 1½, ¾) to (detractors, passives, promoters)) runs the same arithmetic on
/// n' = n + 3, p' = (promoters + ¾) / n', d' = (detractors + ¾) / n': it is centred on 100 (p' − d') =
/// 100 (promoters − detractors) / (n + 3) with SE' = 100 √((p' + d' − (p' − d')²) / n'). Rocks found it the best of the
/// closed-form intervals in coverage; it never has zero width, even for an all-promoter sample.
public struct NPSEstimate: Codable, Sendable, Equatable {
    /// The counts this estimate is made of (at least one answer).
    public var tally: NPSTally

    /// The estimate of these counts; `nil` when there are no answers.
    public init?(_ tally: NPSTally) {
        guard tally.total > 0 else { return nil }
        self.tally = tally
    }

    /// The estimate of these counts; `nil` when all are zero.
    public init?(promoters: Int, passives: Int, detractors: Int) {
        precondition(promoters >= 0 && passives >= 0 && detractors >= 0, "NPS counts cannot be negative")
        self.init(NPSTally(promoters: promoters, passives: passives, detractors: detractors))
    }

    /// The estimate of a list of 0–10 scores, each one answer (merge a customer's same-day answers first: SPEC §1);
    /// `nil` for an empty list.
    public init?(scores: [Int]) {
        var tally = NPSTally()
        for score in scores {
            precondition((0...10).contains(score), "an NPS score is 0–10, got \(score)")
            tally.add(NPSCategory(score: Double(score)))
        }
        self.init(tally)
    }

    public var respondents: Int { tally.total }
    public var promoterShare: Double { Double(tally.promoters) / Double(tally.total) }
    public var passiveShare: Double { Double(tally.passives) / Double(tally.total) }
    public var detractorShare: Double { Double(tally.detractors) / Double(tally.total) }

    /// 100 (p − d).
    public var score: Double { NPS.score(promoters: tally.promoters, detractors: tally.detractors, total: tally.total) }

    /// The variance of one +1/0/−1 answer, p + d − (p − d)², in (NPS/100)²: between 0 and 1.
    public var answerVariance: Double {
        NPS.samplingVariance(promoterShare: promoterShare, detractorShare: detractorShare, respondents: 1) / 10_000
    }

    /// The standard error of `score` in NPS points, 100 √(answerVariance / n).
    public var standardError: Double {
        NPS.samplingVariance(promoterShare: promoterShare, detractorShare: detractorShare,
                             respondents: Double(tally.total)).squareRoot()
    }

    /// The Wald margin of error at `confidence` (e.g. 0.95): z · SE with z the (1 + confidence) / 2 normal quantile.
    public func margin(confidence: Double) -> Double { NPSEstimate.z(confidence) * standardError }

    /// The centre of the interval `method` gives: the observed NPS, or 100 (promoters − detractors) / (n + 3).
    public func center(_ method: NPSIntervalMethod) -> Double {
        switch method {
        case .wald: return score
        case .adjustedWald: return 100 * Double(tally.promoters - tally.detractors) / (Double(tally.total) + 3)
        }
    }

    /// The standard error `method` uses: `standardError`, or SE' of the adjusted counts (see the type's comment).
    public func standardError(_ method: NPSIntervalMethod) -> Double {
        switch method {
        case .wald: return standardError
        case .adjustedWald:
            let n = Double(tally.total) + 3
            return NPS.samplingVariance(promoterShare: (Double(tally.promoters) + 0.75) / n,
                                        detractorShare: (Double(tally.detractors) + 0.75) / n, respondents: n)
                .squareRoot()
        }
    }

    /// The two-sided interval at `confidence`, clamped to [−100, 100]; adjusted-Wald unless asked otherwise.
    public func interval(confidence: Double, method: NPSIntervalMethod = .adjustedWald) -> NPSInterval {
        NPSEstimate.checkConfidence(confidence)
        return NPSInterval(point: center(method), standardError: standardError(method), level: confidence)
    }

    /// The (1 + confidence) / 2 quantile of the standard normal.
    static func z(_ confidence: Double) -> Double {
        checkConfidence(confidence)
        return Normal.quantile((1 + confidence) / 2)
    }

    static func checkConfidence(_ confidence: Double) {
        precondition(confidence > 0 && confidence < 1, "a confidence level is between 0 and 1, got \(confidence)")
    }
}
