extension ReportContent {
    /// A customer near the top of the risk list, with the reasons behind the score in plain words
    /// (e.g. "no engagement for 64 days").
    public struct AtRiskCustomer: Codable, Equatable, Sendable {
        public var id: String
        public var probability: Double
        public var band: String
        public var reasons: [String]
        /// The customer's latest NPS score, when they answered.
        public var lastScore: Int?
        /// The customer's value in the column named by `--value` (see `RevenueAtRisk`), when one was named.
        public var value: Double?

        public init(id: String, probability: Double, band: String, reasons: [String], lastScore: Int? = nil,
                    value: Double? = nil) {
            self.id = id
            self.probability = probability
            self.band = band
            self.reasons = reasons
            self.lastScore = lastScore
            self.value = value
        }
    }
}
