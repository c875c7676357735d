extension ReportContent {
    /// Cumulative gains at one depth of the customer list sorted by risk, riskiest first: calling the top
    /// `shareOfCustomers` reaches `shareOfChurnersCaptured` of all churners.
    public struct GainsRow: Codable, Equatable, Sendable {
        /// The depth, 0–1 (0.1 for the top decile).
        public var shareOfCustomers: Double
        /// The share of all churners among those customers, 0–1.
        public var shareOfChurnersCaptured: Double

        public init(shareOfCustomers: Double, shareOfChurnersCaptured: Double) {
            self.shareOfCustomers = shareOfCustomers
            self.shareOfChurnersCaptured = shareOfChurnersCaptured
        }

        /// Cumulative lift: how many times more churners than calling the same number of customers at random.
        /// ```
        /// lift = shareOfChurnersCaptured / shareOfCustomers
        /// ```
        public var lift: Double { shareOfCustomers > 0 ? shareOfChurnersCaptured / shareOfCustomers : 0 }
    }
}
