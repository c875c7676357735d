/// One theme entry, parsed: its normalised words, whether it matches a word's start, end or inside (`*`), and
/// whether it is weak (`~`).
struct ThemeEntry: Equatable {
    enum Match { case exact, prefix, suffix, infix }

    var words: [String]
    var match: Match
    var weak: Bool

    /// Parses `text`; nil when it has no letters or a misplaced `*`.
    init?(_ text: String) {
        var s = Substring(text)
        while s.first == " " { s.removeFirst() }
        weak = s.first == "~"
        if weak { s.removeFirst() }
        let leading = s.first == "*", trailing = s.count > 1 && s.last == "*"
        if leading { s.removeFirst() }
        if trailing { s.removeLast() }
        guard !s.contains("*") else { return nil }
        words = TextNormaliser.words(String(s))
        guard !words.isEmpty, words.count == 1 || (!leading && !trailing) else { return nil }
        match = leading && trailing ? .infix : leading ? .suffix : trailing ? .prefix : .exact
    }

    /// Throws `CommentsError.invalidThemeEntry` when `text` does not parse.
    static func check(_ text: String, theme: String) throws {
        guard ThemeEntry(text) == nil else { return }
        let reason = TextNormaliser.words(text.replacingStars).isEmpty
            ? "it has no letters or digits" : "a * may only stand at the start or end of a single word"
        throw CommentsError.invalidThemeEntry(theme: theme, entry: text, reason: reason)
    }

    /// The form two spellings of one entry share ("Preis*" and "preis*", "schön" and "schoen").
    static func canonical(_ text: String) -> String {
        guard let e = ThemeEntry(text) else { return text }
        let body = e.words.joined(separator: " ")
        let marked: String
        switch e.match {
        case .exact: marked = body
        case .prefix: marked = body + "*"
        case .suffix: marked = "*" + body
        case .infix: marked = "*" + body + "*"
        }
        return (e.weak ? "~" : "") + marked
    }
}

private extension String {
    var replacingStars: String { String(map { $0 == "*" ? " " : $0 }) }
}
