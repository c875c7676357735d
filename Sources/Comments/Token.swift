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
}

/// 64-bit FNV-1a, the hash words and phrases are looked up by.
enum WordHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always) static func add(_ byte: UInt8, to h: UInt64) -> UInt64 { (h ^ UInt64(byte)) &* prime }

    static func of(_ word: String) -> UInt64 { word.utf8.reduce(offset) { add($1, to: $0) } }
}
