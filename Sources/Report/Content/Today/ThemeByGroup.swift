extension ReportContent {
    /// One theme's comments, counted by NPS group and sentiment.
    public struct ThemeByGroup: Codable, Equatable, Sendable {
        public var theme: String
        public var groups: [GroupSentiment]

        public init(theme: String, groups: [GroupSentiment]) {
            self.theme = theme
            self.groups = groups
        }

        public var mentions: Int { groups.reduce(0) { $0 + $1.comments } }
    }
}
