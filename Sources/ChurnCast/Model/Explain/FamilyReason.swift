import Features

/// One reason behind a customer's churn risk: a feature family whose net contribution raises the risk, and what
/// the customer's own values say ("last NPS 3 (detractor), down from 8").
public struct FamilyReason: Sendable, Equatable {
    public var family: FeatureFamily
    /// The family in plain words ("NPS history").
    public var plainName: String
    /// Σ coefficient × standardised deviation from the training mean over the family's features, in log-odds
    /// of churn: always above 0 for a reason.
    public var contribution: Double
    public var words: String
}

/// What moves churn risk, per feature family, over a population (the report's drivers chart).
public struct FamilyDriver: Sendable, Equatable {
    /// Whether the risk rises or falls as the family's headline value rises, or neither clearly.
    public enum Direction: String, Sendable {
        case raisesRisk = "raises risk"
        case lowersRisk = "lowers risk"
        case mixed
    }

    public var family: FeatureFamily
    public var plainName: String
    /// What rises: "a higher last NPS", "more engagement", "a longer tenure", "a higher seats", "the level of plan".
    public var headline: String
    public var direction: Direction
    /// The standard deviation of the family's net contribution over the population, in log-odds of churn.
    public var strength: Double
}
