extension ReportContent {
    /// One theme's share of a quarter's comments, 0–1.
    public struct ThemeShare: Codable, Equatable, Sendable {
        public var theme: String
        public var share: Double

        public init(theme: String, share: Double) {
            self.theme = theme
            self.share = share
        }
    }
}
