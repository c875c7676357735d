extension ReportContent {
    /// The report's first screen: how the business stands on the latest date of the data.
    public struct BusinessToday: Codable, Equatable, Sendable {
        /// The date the report describes, `YYYY-MM-DD` (the latest date in the data).
        public var asOf: String
        /// The NPS of the last complete calendar quarter.
        public var lastQuarter: NPSFigure?
        /// The NPS of the 90 days up to `asOf`.
        public var last90Days: NPSFigure?
        /// The last quarter against the one before it.
        public var changeFromPreviousQuarter: NPSChange?
        /// Customers active on `asOf`.
        public var activeCustomers: Int?
        /// Customers in the highest risk band (`atRiskBand`).
        public var customersAtRisk: Int?
        /// The band counted in `customersAtRisk`, e.g. "high".
        public var atRiskBand: String?
        /// The expected number of churners within `horizonDays`: the sum of the customers' churn probabilities.
        public var expectedChurners: Double?
        /// The churn horizon in days (90 for a quarter).
        public var horizonDays: Int?
        /// Revenue at risk, when a value column was named (`--value monthly_fee`).
        public var revenueAtRisk: RevenueAtRisk?

        public init(asOf: String, lastQuarter: NPSFigure? = nil, last90Days: NPSFigure? = nil,
                    changeFromPreviousQuarter: NPSChange? = nil, activeCustomers: Int? = nil,
                    customersAtRisk: Int? = nil, atRiskBand: String? = nil, expectedChurners: Double? = nil,
                    horizonDays: Int? = nil, revenueAtRisk: RevenueAtRisk? = nil) {
            self.asOf = asOf
            self.lastQuarter = lastQuarter
            self.last90Days = last90Days
            self.changeFromPreviousQuarter = changeFromPreviousQuarter
            self.activeCustomers = activeCustomers
            self.customersAtRisk = customersAtRisk
            self.atRiskBand = atRiskBand
            self.expectedChurners = expectedChurners
            self.horizonDays = horizonDays
            self.revenueAtRisk = revenueAtRisk
        }
    }
}
