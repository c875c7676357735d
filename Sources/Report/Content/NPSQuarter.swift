extension ReportContent {
    /// The NPS of one past quarter: 100 × (share of promoters − share of detractors) among its respondents.
    public struct NPSQuarter: Codable, Equatable, Sendable {
        /// The quarter's last day, `YYYY-MM-DD`.
        public var quarterEnd: String
        public var nps: Double
        public var respondents: Int

        public init(quarterEnd: String, nps: Double, respondents: Int) {
            self.quarterEnd = quarterEnd
            self.nps = nps
            self.respondents = respondents
        }
    }
}
