extension ReportContent {
    /// What customers say: comment themes and sentiment by NPS group, theme shares over quarters, example
    /// comments per theme, and the themes that go with detractors.
    public struct CustomerVoice: Codable, Equatable, Sendable {
        /// The period the figures are of, e.g. "the last 12 months"; nil when all comments.
        public var period: String?
        /// Answers with a comment, and all answers, in the period.
        public var comments: Int
        public var responses: Int?
        /// Sentiment of all comments per NPS group (promoters, passives, detractors).
        public var sentimentByGroup: [GroupSentiment]
        /// Per theme, its comments' sentiment per NPS group; most mentioned first.
        public var themes: [ThemeByGroup]
        /// The share of each quarter's comments mentioning each theme, oldest quarter first.
        public var themeShares: [ThemeQuarter]
        /// A few comments per theme, to read.
        public var examples: [ThemeExamples]
        /// Key drivers: the detractor share of answers with and without each theme.
        public var drivers: [ThemeDriver]

        public init(period: String? = nil, comments: Int, responses: Int? = nil, sentimentByGroup: [GroupSentiment],
                    themes: [ThemeByGroup], themeShares: [ThemeQuarter] = [], examples: [ThemeExamples] = [],
                    drivers: [ThemeDriver] = []) {
            self.period = period
            self.comments = comments
            self.responses = responses
            self.sentimentByGroup = sentimentByGroup
            self.themes = themes
            self.themeShares = themeShares
            self.examples = examples
            self.drivers = drivers
        }
    }
}
