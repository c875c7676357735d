/// A customer's writing habits, drawn once per customer from their comment stream (three uniform draws, in this
/// order), so that all their comments share a language and a spelling.
struct CommentWriterStyle {
    var language: CommentWriterLanguage
    /// Writes ä, ö, ü, ß as ae, oe, ue, ss (German text only has a difference).
    var transliterates: Bool
    /// Writes every letter A–Z in lower case.
    var lowercase: Bool

    static func draw(region: String, rng: inout Xoshiro256StarStar) -> CommentWriterStyle {
        let language = CommentRules.language(region: region, u: rng.uniform())
        let transliterates = rng.uniform() < CommentRules.transliterateShare
        let lowercase = rng.uniform() < CommentRules.lowercaseShare
        return CommentWriterStyle(language: language, transliterates: transliterates, lowercase: lowercase)
    }
}
