extension ReportContent {
    /// The tone of a comment, as the comment analysis reads it.
    public enum Sentiment: String, Codable, Equatable, Sendable, CaseIterable {
        case negative, neutral, positive
    }

    /// The NPS group of a 0–10 score: detractor 0–6, passive 7–8, promoter 9–10.
    public enum NPSGroup: String, Codable, Equatable, Sendable, CaseIterable {
        case promoter, passive, detractor

        public init(score: Int) {
            self = score >= 9 ? .promoter : (score >= 7 ? .passive : .detractor)
        }

        /// "Promoters", "Passives", "Detractors".
        public var plural: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() + "s" }
    }

    /// One survey answer with its comment and what the comment analysis found in it.
    public struct Response: Codable, Equatable, Sendable {
        public var customerId: String
        /// `YYYY-MM-DD`.
        public var date: String
        /// 0–10.
        public var score: Int
        public var comment: String?
        /// E.g. "en", "de".
        public var language: String?
        public var sentiment: Sentiment?
        public var themes: [String]?
        /// The customer's current churn probability, when scored.
        public var churnProbability: Double?

        public init(customerId: String, date: String, score: Int, comment: String? = nil, language: String? = nil,
                    sentiment: Sentiment? = nil, themes: [String]? = nil, churnProbability: Double? = nil) {
            self.customerId = customerId
            self.date = date
            self.score = score
            self.comment = comment
            self.language = language
            self.sentiment = sentiment
            self.themes = themes
            self.churnProbability = churnProbability
        }
    }
}
