/// What one comment's text says: its language, its sentiment (a class and a score in −1…1) and its themes
/// (in the analyzer's theme order).
public struct CommentAnalysis: Equatable, Sendable {
    public var language: CommentLanguage
    public var sentiment: Sentiment
    /// −1 (very negative) … +1 (very positive), rounded to 4 decimals; 0 when nothing carries sentiment.
    public var sentimentScore: Double
    public var themes: [String]

    public init(language: CommentLanguage, sentiment: Sentiment, sentimentScore: Double, themes: [String]) {
        self.language = language
        self.sentiment = sentiment
        self.sentimentScore = sentimentScore
        self.themes = themes
    }
}

/// An analysis with its themes as a bit set over the analyzer's themes: what the batch path keeps per row.
struct CompactAnalysis: Equatable {
    var language: CommentLanguage
    var sentiment: Sentiment
    var score: Double
    var themes: UInt64
}
