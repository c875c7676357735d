extension ReportContent {
    /// The tone of a comment, as the comment analysis reads it.
    public enum Sentiment: String, Codable, Equatable, Sendable, CaseIterable {
        case negative, neutral, positive
    }
}
