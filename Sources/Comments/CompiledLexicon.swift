/// The lexicons and the configured themes in the form the analysis reads them: exact words by their normalised
/// text, stems as prefix (and theme) patterns, phrases by the hash of their first word, and an index for
/// correcting a one-letter typo. Built once per analyzer; read-only afterwards, so threads share it.
struct CompiledLexicon {
    var exact: [String: TokenInfo] = [:]
    /// Sentiment stems, longest first.
    var sentimentStems: [(stem: String, english: Float, german: Float)] = []
    var themePatterns: [(text: String, match: ThemeEntry.Match, mask: UInt64, weak: Bool)] = []
    var sentimentPhrases: [UInt64: [Phrase]] = [:]
    var themePhrases: [UInt64: [Phrase]] = [:]
    /// A content word with one letter deleted → the word (the first such word wins).
    var typoIndex: [String: String] = [:]
    /// Bytes of the longest exact word: a longer word is more than one typo away from every word (so a 10 MB
    /// "word" is not tried letter by letter, which took quadratic time).
    var longestWord = 0

    init(themes: [Theme]) {
        addSentiment()
        addModifiers()
        addFunctionWords()
        for (i, theme) in themes.enumerated() { addTheme(theme, bit: UInt64(1) << UInt64(i)) }
        sentimentStems.sort { $0.stem.utf8.count > $1.stem.utf8.count }
        for key in sentimentPhrases.keys { sentimentPhrases[key]!.sort { $0.words.count > $1.words.count } }
        buildTypoIndex()
    }

    /// Lines of a lexicon text without comments and blank lines.
    private static func lines(_ text: String) -> [[Substring]] {
        text.split(separator: "\n").compactMap { line in
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            return fields.isEmpty || fields[0].hasPrefix("#") ? nil : fields
        }
    }

    /// A word some lexicon knows, of the language(s) `code` names ("en", "de", or both).
    private static func knownFlags(_ code: Substring) -> TokenInfo.Flags {
        code == "en" ? [.known, .english] : code == "de" ? [.known, .german] : [.known, .english, .german]
    }

    private mutating func addSentiment() {
        for f in Self.lines(SentimentLexicon.text) {
            let v = Float(f[0])!, flags = Self.knownFlags(f[1])
            var info = TokenInfo(flags: flags)
            if flags.contains(.english) { info.valenceEnglish = v }
            if flags.contains(.german) { info.valenceGerman = v }
            let entry = f[2...].joined(separator: " ")
            if entry.hasSuffix("*") {
                let stem = TextNormaliser.words(String(entry.dropLast())).joined()
                sentimentStems.append((stem, info.valenceEnglish, info.valenceGerman))
            } else {
                add(words: TextNormaliser.words(entry), info: info, phrases: \.sentimentPhrases)
            }
        }
    }

    private mutating func addModifiers() {
        for f in Self.lines(ModifierLexicon.text) {
            var info = TokenInfo(flags: Self.knownFlags(f[2]))
            switch f[0] {
            case "scale": info.scale = Float(f[1])!
            case "negate": info.flags.insert(.negate)
            case "negboost": info.flags.insert(.negationBoost)
            case "contrast": info.flags.insert(.contrast)
            case "stop": info.flags.insert(.conjunction)
            case "interjection": info.flags.insert(.interjection)
            case "concession": info.flags.insert(.concession)
            case "number": info.number = Int8(f[1])!
            default: info.flags.formUnion(Self.ruleFlags[String(f[0])]!)
            }
            add(words: TextNormaliser.words(f[3...].joined(separator: " ")), info: info, phrases: \.sentimentPhrases)
        }
    }

    /// The word kinds of the rules in `CommentScanner+Rules.swift` and `CommentScanner+Irony.swift`.
    private static let ruleFlags: [String: TokenInfo.Flags] = [
        "request": [.request], "repair": [.repair], "sarcasm": [.sarcasmMarker], "wait": [.wait], "span": [.timeSpan],
        "brief": [.brief], "still": [.still], "since": [.since], "stars": [.stars], "outof": [.outOf],
        "imperative": [.imperative, .repair],
    ]

    private mutating func addFunctionWords() {
        for f in Self.lines(FunctionWords.text) {
            let info = TokenInfo(flags: Self.knownFlags(f[0]))
            for w in f.dropFirst() { exact[String(w), default: TokenInfo()].merge(info) }
        }
    }

    private mutating func addTheme(_ theme: Theme, bit: UInt64) {
        for text in theme.entries {
            guard let e = ThemeEntry(text) else { continue }
            let info = e.weak ? TokenInfo(flags: [.known], weakThemes: bit) : TokenInfo(flags: [.known], themes: bit)
            if e.match != .exact {
                themePatterns.append((e.words[0], e.match, bit, e.weak))
            } else {
                add(words: e.words, info: info, phrases: \.themePhrases)
            }
        }
    }

    /// A one-word entry goes to `exact`, a longer one to the phrase table `phrases`.
    private mutating func add(words: [String], info: TokenInfo,
                              phrases: WritableKeyPath<CompiledLexicon, [UInt64: [Phrase]]>) {
        guard let first = words.first else { return }
        if words.count == 1 {
            exact[first, default: TokenInfo()].merge(info)
            return
        }
        let hashes = words.map(WordHash.of)
        if let i = self[keyPath: phrases][hashes[0]]?.firstIndex(where: { $0.words == hashes }) {
            self[keyPath: phrases][hashes[0]]![i].info.merge(info)
        } else {
            self[keyPath: phrases][hashes[0], default: []].append(Phrase(words: hashes, info: info))
        }
    }

    private mutating func buildTypoIndex() {
        longestWord = exact.keys.map(\.utf8.count).max() ?? 0
        for (word, info) in exact where Self.isContent(info) && word.utf8.count >= 5 {
            for d in Self.deletions(word) where typoIndex[d] == nil { typoIndex[d] = word }
        }
    }

    static func isContent(_ info: TokenInfo) -> Bool {
        info.hasSentiment || info.themes != 0 || info.weakThemes != 0 || info.scale != 1
            || !info.flags.isDisjoint(with: [.negate, .contrast, .concession, .conjunction])
    }

    /// `word` with each one of its letters left out in turn.
    static func deletions(_ word: String) -> [String] {
        let b = Array(word.utf8)
        return b.indices.map { i in String(decoding: b[..<i] + b[(i + 1)...], as: UTF8.self) }
    }
}
