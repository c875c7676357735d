extension ReportContent {
    /// The customers in one risk band (e.g. "low", "medium", "high"): how many, their mean predicted churn
    /// probability and, when the outcome is known, the share that churned.
    public struct RiskBandRow: Codable, Equatable, Sendable {
        public var band: String
        public var count: Int
        public var meanProbability: Double
        public var observedChurnRate: Double?

        public init(band: String, count: Int, meanProbability: Double, observedChurnRate: Double? = nil) {
            self.band = band
            self.count = count
            self.meanProbability = meanProbability
            self.observedChurnRate = observedChurnRate
        }
    }
}
