extension ReportContent {
    /// One backtest quarter: the NPS forecast made from the data before it, against what happened.
    public struct BacktestRow: Codable, Equatable, Sendable {
        /// The forecast quarter's last day, `YYYY-MM-DD`.
        public var quarterEnd: String
        public var actual: Double
        public var forecast: Double
        public var interval80: Interval
        public var interval95: Interval
        /// The quarter before carried forward.
        public var naive: Double

        public init(quarterEnd: String, actual: Double, forecast: Double, interval80: Interval, interval95: Interval,
                    naive: Double) {
            self.quarterEnd = quarterEnd
            self.actual = actual
            self.forecast = forecast
            self.interval80 = interval80
            self.interval95 = interval95
            self.naive = naive
        }

        /// Whether the 80% interval held the actual NPS.
        public var covered80: Bool { interval80.contains(actual) }
        /// Whether the 95% interval held the actual NPS.
        public var covered95: Bool { interval95.contains(actual) }
    }
}
