/// The language a comment is written in, as far as its words tell.
public enum CommentLanguage: String, Codable, Sendable, CaseIterable {
    case english = "en"
    case german = "de"
    /// Too little text to tell ("ok", "👍", "Top!"): no word belongs to one language only.
    case unknown
}
