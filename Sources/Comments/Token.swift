/// A piece of a tokenised comment: a word (its normalised bytes in the tokenizer's buffer and their hash), an emoji
/// or emoticon with its valence, or a boundary (comma-like, or the end of a sentence).
struct Token {
    enum Kind: UInt8 { case word, emoji, comma, sentenceEnd }

    var kind: Kind
    var start: Int32 = 0
    var end: Int32 = 0
    var hash: UInt64 = 0
    /// An emoji's valence; 0 for other kinds.
    var valence: Float = 0
    /// A word of at least two letters, all of them upper case ("NEVER").
    var allCaps = false
    /// A clause boundary written as "/" (as in the rating "9/10").
    var slash = false
}
