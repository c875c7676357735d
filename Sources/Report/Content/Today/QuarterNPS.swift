extension ReportContent {
    /// One calendar quarter's NPS with its interval and the promoter/passive/detractor shares behind it.
    public struct QuarterNPS: Codable, Equatable, Sendable {
        /// The quarter's last day, `YYYY-MM-DD`.
        public var quarterEnd: String
        public var respondents: Int
        public var promoterShare: Double
        public var passiveShare: Double
        public var detractorShare: Double
        public var nps: Double
        /// The 95% interval of the NPS; nil when not computed.
        public var interval95: Interval?

        public init(quarterEnd: String, respondents: Int, promoterShare: Double, passiveShare: Double,
                    detractorShare: Double, nps: Double, interval95: Interval? = nil) {
            self.quarterEnd = quarterEnd
            self.respondents = respondents
            self.promoterShare = promoterShare
            self.passiveShare = passiveShare
            self.detractorShare = detractorShare
            self.nps = nps
            self.interval95 = interval95
        }
    }
}
