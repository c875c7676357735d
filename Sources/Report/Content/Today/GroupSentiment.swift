extension ReportContent {
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
}
