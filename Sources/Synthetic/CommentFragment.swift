/// One text of the bank, encoded once: its UTF-8 bytes as written and with umlauts transliterated, each plain and
/// with double quotes doubled (for a quoted field), whether it forces the field into quotes, and its line breaks.
struct CommentFragment {
    /// [spelling][escaped]: spelling 0 as written, 1 with ae/oe/ue/ss; escaped 0 plain, 1 quotes doubled.
    let bytes: [[[UInt8]]]
    let forcesQuotes: Bool
    let newlines: Int
    /// False when the text ends in a letter or digit, so that a following sentence needs a full stop first.
    let endsSentence: Bool

    init(_ text: String) {
        bytes = [text, text.transliteratingUmlauts].map { [Array($0.utf8), Array($0.replacingAllQuotes().utf8)] }
        forcesQuotes = CommentBank.needsQuotes(text)
        newlines = text.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
        endsSentence = !(text.unicodeScalars.last.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) } ?? false)
    }
}
