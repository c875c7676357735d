extension ReportContent {
    /// A model coefficient on the standardised scale (the change in log-odds, or in score points, for one standard
    /// deviation of the feature), with its 95% interval.
    public struct Coefficient: Codable, Equatable, Sendable {
        public var name: String
        public var estimate: Double
        public var interval95: Interval

        public init(name: String, estimate: Double, interval95: Interval) {
            self.name = name
            self.estimate = estimate
            self.interval95 = interval95
        }

        /// Whether the 95% interval leaves out zero, i.e. the sign of the effect is clear.
        public var isClear: Bool { interval95.low > 0 || interval95.high < 0 }
    }
}
