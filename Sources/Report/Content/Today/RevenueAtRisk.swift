extension ReportContent {
    /// The value of the customers who may leave, in the unit of a customer column (e.g. a monthly fee).
    public struct RevenueAtRisk: Codable, Equatable, Sendable {
        /// The customer column the values come from, e.g. "monthly_fee".
        public var valueColumn: String
        /// Σ churn probability × value over the active customers: the value expected to leave.
        public var expected: Double
        /// The value of the customers in the highest risk band, when known.
        public var ofCustomersAtRisk: Double?
        /// The value of all active customers, when known.
        public var total: Double?

        public init(valueColumn: String, expected: Double, ofCustomersAtRisk: Double? = nil, total: Double? = nil) {
            self.valueColumn = valueColumn
            self.expected = expected
            self.ofCustomersAtRisk = ofCustomersAtRisk
            self.total = total
        }
    }
}
