extension ReportContent {
    /// A difference of two NPS (this quarter against the previous one, a segment against the rest) with its
    /// two-sided test: whether the change is statistically real at the 5% level.
    public struct NPSChange: Codable, Equatable, Sendable {
        /// What the NPS is compared with, e.g. "Q2 2026" or "the other plans".
        public var against: String
        /// NPS minus the other NPS, in points.
        public var difference: Double
        /// The difference's 95% interval, when known.
        public var interval95: Interval?
        /// Two-sided p-value of "no difference".
        public var pValue: Double
        /// p < 0.05 (the interval leaves out zero).
        public var isStatisticallyReal: Bool

        public init(against: String, difference: Double, interval95: Interval? = nil, pValue: Double,
                    isStatisticallyReal: Bool) {
            self.against = against
            self.difference = difference
            self.interval95 = interval95
            self.pValue = pValue
            self.isStatisticallyReal = isStatisticallyReal
        }
    }
}
