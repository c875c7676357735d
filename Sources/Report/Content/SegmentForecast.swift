extension ReportContent {
    /// The next quarter's NPS forecast for one segment (one level of a categorical attribute).
    public struct SegmentForecast: Codable, Equatable, Sendable {
        public var segment: String
        /// Customers in the segment the forecast rests on.
        public var count: Int
        public var forecast: Double
        public var interval80: Interval
        public var interval95: Interval
        /// Last quarter's NPS of the segment carried forward; nil when it had no respondents.
        public var naive: Double?
        /// True when the segment is too small for a trustworthy forecast; the table marks it.
        public var isSmall: Bool

        public init(segment: String, count: Int, forecast: Double, interval80: Interval, interval95: Interval,
                    naive: Double?, isSmall: Bool) {
            self.segment = segment
            self.count = count
            self.forecast = forecast
            self.interval80 = interval80
            self.interval95 = interval95
            self.naive = naive
            self.isSmall = isSmall
        }
    }
}
