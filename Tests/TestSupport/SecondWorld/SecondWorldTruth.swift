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
