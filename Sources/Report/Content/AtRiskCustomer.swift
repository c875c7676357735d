extension ReportContent {
    /// A customer near the top of the risk list, with the reasons behind the score in plain words
    /// (e.g. "no engagement for 64 days").
    public struct AtRiskCustomer: Codable, Equatable, Sendable {
        public var id: String
        public var probability: Double
        public var band: String
        public var reasons: [String]

        public init(id: String, probability: Double, band: String, reasons: [String]) {
            self.id = id
            self.probability = probability
            self.band = band
            self.reasons = reasons
        }
    }
}
