extension ReportContent {
    /// One quarter's comments and the share of them mentioning each theme (0–1).
    public struct ThemeQuarter: Codable, Equatable, Sendable {
        /// The quarter's last day, `YYYY-MM-DD`.
        public var quarterEnd: String
        public var comments: Int
        public var shares: [ThemeShare]

        public init(quarterEnd: String, comments: Int, shares: [ThemeShare]) {
            self.quarterEnd = quarterEnd
            self.comments = comments
            self.shares = shares
        }
    }
}
