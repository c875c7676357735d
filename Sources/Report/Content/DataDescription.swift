extension ReportContent {
    /// Which rows a model saw: the snapshot dates, the label horizon, and how many customer rows and churners.
    public struct DataDescription: Codable, Equatable, Sendable {
        /// Where the exports came from, e.g. "datasets/sample".
        public var source: String
        /// The as-of dates of the snapshots (`YYYY-MM-DD`), oldest first.
        public var snapshotDates: [String]
        /// The churn label's horizon in days (churn within (T, T + horizon]).
        public var horizonDays: Int
        /// Customer rows over all snapshots (a customer counts once per snapshot).
        public var rows: Int
        /// Rows whose customer churned within the horizon.
        public var churners: Int

        public init(source: String, snapshotDates: [String], horizonDays: Int, rows: Int, churners: Int) {
            self.source = source
            self.snapshotDates = snapshotDates
            self.horizonDays = horizonDays
            self.rows = rows
            self.churners = churners
        }

        /// The share of rows that churned, or nil without rows.
        public var churnRate: Double? { rows > 0 ? Double(churners) / Double(rows) : nil }
    }
}
