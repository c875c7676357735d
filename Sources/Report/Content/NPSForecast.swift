extension ReportContent {
    /// A closed interval [low, high], e.g. a forecast's 80% or 95% interval or a coefficient's 95% interval.
    public struct Interval: Codable, Equatable, Sendable {
        public var low: Double
        public var high: Double

        public init(low: Double, high: Double) {
            self.low = low
            self.high = high
        }

        /// Whether `value` lies in the interval, ends included.
        public func contains(_ value: Double) -> Bool { low <= value && value <= high }
    }

    /// The next quarter's NPS forecast with its 80% and 95% intervals, and the naive forecast it should beat
    /// (last quarter's NPS carried forward).
    public struct NPSForecast: Codable, Equatable, Sendable {
        /// The forecast quarter's last day, `YYYY-MM-DD`.
        public var quarterEnd: String
        public var forecast: Double
        public var interval80: Interval
        public var interval95: Interval
        public var naive: Double
        /// How many customers are expected to stay and answer, when the forecast knows.
        public var expectedRespondents: Double?

        public init(quarterEnd: String, forecast: Double, interval80: Interval, interval95: Interval, naive: Double,
                    expectedRespondents: Double? = nil) {
            self.quarterEnd = quarterEnd
            self.forecast = forecast
            self.interval80 = interval80
            self.interval95 = interval95
            self.naive = naive
            self.expectedRespondents = expectedRespondents
        }
    }
}
