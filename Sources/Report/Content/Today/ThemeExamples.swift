extension ReportContent {
    /// Example comments of one theme.
    public struct ThemeExamples: Codable, Equatable, Sendable {
        public var theme: String
        public var responses: [Response]

        public init(theme: String, responses: [Response]) {
            self.theme = theme
            self.responses = responses
        }
    }
}
