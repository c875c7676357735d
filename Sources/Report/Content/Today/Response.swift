extension ReportContent {
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
