extension ReportContent {
    /// What moves churn risk, one family of features at a time (engagement, NPS answers, tenure, plan, comments…),
    /// in words a reader without statistics can use.
    public struct RiskFamily: Codable, Equatable, Sendable {
        /// E.g. "Engagement".
        public var family: String
        public var direction: RiskDirection
        /// The family's share of the model's total effect on the risk, 0–1 (the shares sum to at most 1).
        public var strength: Double
        /// One sentence, e.g. "Customers who engaged less in the last 90 days are more likely to leave."
        public var summary: String?
        /// The features in the family, as named in `features --describe`.
        public var features: [String]

        public init(family: String, direction: RiskDirection, strength: Double, summary: String? = nil,
                    features: [String] = []) {
            self.family = family
            self.direction = direction
            self.strength = strength
            self.summary = summary
            self.features = features
        }
    }
}
