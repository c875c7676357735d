extension ReportContent {
    /// The NPS of one period (a calendar quarter, the last 90 days) with its margin of error and the
    /// promoter, passive and detractor shares it is made of.
    public struct NPSFigure: Codable, Equatable, Sendable {
        /// How the period is named on the page, e.g. "Q3 2026" or "last 90 days".
        public var label: String
        /// The period's first and last day, `YYYY-MM-DD`.
        public var start: String
        public var end: String
        public var nps: Double
        /// The ± margin of error at 95% confidence, in NPS points (e.g. the Wald z·SE).
        public var margin95: Double
        /// The 95% interval (e.g. adjusted-Wald, which need not be symmetric around `nps`).
        public var interval95: Interval
        public var respondents: Int
        public var promoterShare: Double
        public var passiveShare: Double
        public var detractorShare: Double

        public init(label: String, start: String, end: String, nps: Double, margin95: Double, interval95: Interval,
                    respondents: Int, promoterShare: Double, passiveShare: Double, detractorShare: Double) {
            self.label = label
            self.start = start
            self.end = end
            self.nps = nps
            self.margin95 = margin95
            self.interval95 = interval95
            self.respondents = respondents
            self.promoterShare = promoterShare
            self.passiveShare = passiveShare
            self.detractorShare = detractorShare
        }
    }
}
