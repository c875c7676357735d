/// A lexicon entry of several words, matched on consecutive words of one clause.
struct Phrase {
    var words: [UInt64]
    var info: TokenInfo
}
