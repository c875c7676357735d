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

    /// The comments of one NPS group counted by sentiment.
    public struct GroupSentiment: Codable, Equatable, Sendable {
        public var group: NPSGroup
        public var negative: Int
        public var neutral: Int
        public var positive: Int

        public init(group: NPSGroup, negative: Int, neutral: Int, positive: Int) {
            self.group = group
            self.negative = negative
            self.neutral = neutral
            self.positive = positive
        }

        public var comments: Int { negative + neutral + positive }
    }

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

    public struct ThemeShare: Codable, Equatable, Sendable {
        public var theme: String
        public var share: Double

        public init(theme: String, share: Double) {
            self.theme = theme
            self.share = share
        }
    }

    /// Example comments of one theme.
    public struct ThemeExamples: Codable, Equatable, Sendable {
        public var theme: String
        public var responses: [Response]

        public init(theme: String, responses: [Response]) {
            self.theme = theme
            self.responses = responses
        }
    }

    /// A theme as a key driver of detraction: the detractor share among answers whose comment mentions it,
    /// against the share among the other commented answers.
    public struct ThemeDriver: Codable, Equatable, Sendable {
        public var theme: String
        public var mentions: Int
        public var detractorShareWith: Double
        public var detractorShareWithout: Double
        /// Two-sided p-value of "no difference", when tested.
        public var pValue: Double?

        public init(theme: String, mentions: Int, detractorShareWith: Double, detractorShareWithout: Double,
                    pValue: Double? = nil) {
            self.theme = theme
            self.mentions = mentions
            self.detractorShareWith = detractorShareWith
            self.detractorShareWithout = detractorShareWithout
            self.pValue = pValue
        }

        /// With minus without, in percentage points.
        public var differenceInPoints: Double { (detractorShareWith - detractorShareWithout) * 100 }
    }
}
