/// The sentiment class of a comment.
public enum Sentiment: String, Codable, Sendable, CaseIterable {
    case negative, neutral, positive
}
