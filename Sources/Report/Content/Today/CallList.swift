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

    /// The detractors who answered in the last days (30 by default), with their comment, to follow up.
    public struct FollowUpList: Codable, Equatable, Sendable {
        /// How many days back the list goes.
        public var windowDays: Int
        /// The detractors' answers, newest first.
        public var responses: [Response]
        /// All detractor answers in the window (the page lists at most `ReportTables.maxFollowUps`).
        public var total: Int

        public init(windowDays: Int, responses: [Response], total: Int) {
            self.windowDays = windowDays
            self.responses = responses
            self.total = total
        }
    }
}
