extension ReportContent {
    /// The comments of one NPS group counted by sentiment; the counts start at zero and are counted into.
    public struct GroupSentiment: Codable, Equatable, Sendable {
        public var group: NPSGroup
        public var negative = 0
        public var neutral = 0
        public var positive = 0

        public init(group: NPSGroup) { self.group = group }

        public var comments: Int { negative + neutral + positive }
    }
}
