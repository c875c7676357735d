/// The language a customer writes their comments in, fixed per customer by `CommentRules.language`.
public enum CommentWriterLanguage: String, CaseIterable, Codable, Sendable {
    case english = "en"
    case german = "de"
    /// The main sentence in one language, an opener or closer in the other.
    case mixed
}
