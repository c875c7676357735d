/// Normalised words of a lexicon entry or a configuration word.
enum TextNormaliser {
    static func words(_ text: String) -> [String] {
        var t = CommentTokenizer()
        t.tokenize(text)
        return t.tokens.filter { $0.kind == .word }.map { t.word($0) }
    }
}
