/// What the second world planted and what happened, written beside the exports as `world2_truth.json`: the
/// configuration (with the shock, if any) and, per calendar quarter, who was there, who left and the NPS of the
/// answers given (each answer counted once, as a survey team would), overall and per plan.
public struct SecondWorldTruth: Codable, Sendable {
    public var generator = "SecondWorld 1"
    public var config: SecondWorldConfig
    public var mechanism: [String] = SecondWorldTruth.mechanism
    public var quarters: [SecondWorldQuarter]

    static let mechanism = [
        "mood = own level (plan + region + N(0, 0.75)) + incidents (every ~140 days, 65% bad, size Exp(0.9), ~40 days) - shock on its plan after its date",
        "active day with probability activity x season(week, year, holidays) x exp(0.1 level + 0.45 (mood - level)); events 1 + Poisson(intensity x exp(0.25 (mood - level))), DMs weigh more when mood is below level",
        "churn: cumulative hazard 0.00028 x plan x channel x frailty (gamma, mean 1, sd 0.5) x (1 + 2 exp(-tenure/75)) x exp(1.5 max(0, ln((expected + 0.05)/(recent + 0.05))) - 0.5 mood) against Exp(1); recent and expected are 21-day running means",
        "survey: after an active day, at least 60 days after the last invitation, with chance 0.25; answered with chance responsiveness (gamma, mean 0.35) x exp(-0.35 mood), the same day or up to 2 days later",
        "score = clamp(round(8.0 + 1.5 mood + scale bias (+1.8 for 17%, -1.8 for 12%, else N(0, 0.4)) + N(0, 0.9)), 0, 10)",
    ]
}

/// One calendar quarter of the second world.
public struct SecondWorldQuarter: Codable, Sendable {
    public var start: WorldDate
    public var end: WorldDate
    public var activeAtStart = 0
    public var churned = 0
    public var answers = SecondWorldTally()
    public var answersByPlan: [String: SecondWorldTally] = [:]

    mutating func add(score: Int, plan: String) {
        answers.add(score: score)
        answersByPlan[plan, default: SecondWorldTally()].add(score: score)
    }
}

/// Answers counted: all, promoters (9–10), detractors (0–6).
public struct SecondWorldTally: Codable, Sendable {
    public var responses = 0
    public var promoters = 0
    public var detractors = 0
    /// 100 × (promoters − detractors) / responses; nil without any answer.
    public private(set) var nps: Double?

    mutating func add(score: Int) {
        responses += 1
        if score >= 9 { promoters += 1 } else if score <= 6 { detractors += 1 }
        nps = 100 * Double(promoters - detractors) / Double(responses)
    }
}
