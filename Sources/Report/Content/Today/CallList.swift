extension ReportContent {
    /// Who to call: the riskiest active customers with their reasons, the first ones on the page and all of
    /// them in a CSV file beside it.
    public struct CallList: Codable, Equatable, Sendable {
        /// The riskiest customers, riskiest first (the page shows `ReportTables.maxToCall`).
        public var customers: [AtRiskCustomer]
        /// How many customers the full list in `csvFile` has.
        public var total: Int
        /// The full list's file name, beside the report (e.g. "sample-report-customers-to-call.csv").
        public var csvFile: String?

        public init(customers: [AtRiskCustomer], total: Int, csvFile: String? = nil) {
            self.customers = customers
            self.total = total
            self.csvFile = csvFile
        }
    }
}
