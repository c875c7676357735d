extension ReportContent {
    /// One segment's NPS with its interval, its test against the other customers and next quarter's forecast.
    public struct SegmentNPS: Codable, Equatable, Sendable {
        public var segment: String
        public var respondents: Int
        public var nps: Double
        public var interval95: Interval
        /// The segment against the rest of the customers (`against` names them).
        public var againstRest: NPSChange?
        /// Next quarter's forecast and its intervals; nil when not forecast.
        public var forecast: Double?
        public var forecastInterval80: Interval?
        public var forecastInterval95: Interval?
        /// Too few respondents to trust the forecast; the table marks it.
        public var isSmall: Bool

        public init(segment: String, respondents: Int, nps: Double, interval95: Interval, againstRest: NPSChange?,
                    forecast: Double? = nil, forecastInterval80: Interval? = nil, forecastInterval95: Interval? = nil,
                    isSmall: Bool = false) {
            self.segment = segment
            self.respondents = respondents
            self.nps = nps
            self.interval95 = interval95
            self.againstRest = againstRest
            self.forecast = forecast
            self.forecastInterval80 = forecastInterval80
            self.forecastInterval95 = forecastInterval95
            self.isSmall = isSmall
        }
    }
}
