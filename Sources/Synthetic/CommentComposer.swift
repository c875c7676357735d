/// Puts a survey comment together from the pre-encoded bank and writes it as one CSV field, with no `String`
/// built per response: [opener] main sentence [closer] [emoji], joined by spaces or (sometimes) a line break,
/// quoted when any part needs it; then the writer's habits (lower case, a swapped pair of letters) applied to the
/// written bytes, which only ever touch ASCII letters.
struct CommentComposer {
    let fragments: [CommentFragment]
    /// Ranges into `fragments`: themed by `themedKey`, the others by `key(language, tone)`; emojis by tone.
    let themed: [Range<Int>]
    let generic: [Range<Int>]
    let openers: [Range<Int>]
    let closers: [Range<Int>]
    let emojis: [Range<Int>]

    init() {
        var all: [CommentFragment] = []
        func add(_ texts: [String]) -> Range<Int> {
            let lo = all.count
            all += texts.map(CommentFragment.init)
            return lo..<all.count
        }
        let languages: [CommentWriterLanguage] = [.english, .german]
        var themed: [Range<Int>] = [], generic: [Range<Int>] = [], openers: [Range<Int>] = [],
            closers: [Range<Int>] = []
        for language in languages {
            let texts = CommentBank.texts(language)
            for theme in CommentTheme.allCases {
                for tone in CommentTone.allCases { themed.append(add(texts.themed[theme]!.texts(tone))) }
            }
            for tone in CommentTone.allCases {
                generic.append(add(texts.generic.texts(tone)))
                openers.append(add(texts.openers.texts(tone)))
                closers.append(add(texts.closers.texts(tone)))
            }
        }
        emojis = CommentTone.allCases.map { add(CommentBank.emojis.texts($0)) }
        fragments = all
        self.themed = themed; self.generic = generic; self.openers = openers; self.closers = closers
    }

    static func key(_ language: CommentWriterLanguage, _ tone: CommentTone) -> Int {
        (language == .german ? 3 : 0) + tone.rawValue
    }

    static func themedKey(_ language: CommentWriterLanguage, _ theme: CommentTheme, _ tone: CommentTone) -> Int {
        ((language == .german ? CommentTheme.allCases.count : 0) + theme.index) * 3 + tone.rawValue
    }

    /// Draws (from `request.seed`) and writes the comment of a response with `score`.
    func write(_ request: CommentRequest, score: Int, into b: inout ExportBuffer) {
        var rng = Xoshiro256StarStar(seed: request.seed)
        let style = request.style, situations = request.situations
        let tone = CommentRules.tone(score: score, u: rng.uniform())
        let theme = CommentRules.theme(situations: situations, u: rng.uniform(), v: rng.uniform())
        var main = style.language, other = style.language
        if style.language == .mixed {
            main = rng.uniform() < 0.5 ? .english : .german
            other = main == .english ? .german : .english
        }
        var parts = CommentParts()
        if rng.uniform() < CommentRules.openerShare { parts.add(pick(openers[Self.key(other, tone)], &rng)) }
        parts.main = parts.count
        let core = theme.map { themed[Self.themedKey(main, $0, tone)] } ?? generic[Self.key(main, tone)]
        parts.add(pick(core, &rng))
        if style.language == .mixed && parts.count == 1 || rng.uniform() < CommentRules.closerShare {
            parts.add(pick(closers[Self.key(other, tone)], &rng))
        }
        if rng.uniform() < CommentRules.emojiShare { parts.add(pick(emojis[tone.rawValue], &rng), emoji: true) }
        parts.lineBreakBefore = rng.uniform() < CommentRules.lineBreakShare ? 1 + rng.below(4) : 0
        let typo = rng.uniform() < CommentRules.typoShare ? rng.below(1 << 16) : nil
        emit(parts, style: style, typo: typo, into: &b)
    }

    func pick(_ range: Range<Int>, _ rng: inout Xoshiro256StarStar) -> Int {
        range.lowerBound + rng.below(range.count)
    }

    /// Writes the parts as one field; `typo` (when drawn) places a swap of two adjacent letters in the main sentence.
    func emit(_ parts: CommentParts, style: CommentWriterStyle, typo: Int?, into b: inout ExportBuffer) {
        let spelling = style.transliterates ? 1 : 0
        var quoted = false, newlines = 0
        for i in 0..<parts.count {
            let f = fragments[parts[i]]
            quoted = quoted || f.forcesQuotes
            newlines += f.newlines
        }
        let breakAt = parts.lineBreakBefore < parts.count && !parts.isEmoji(parts.lineBreakBefore)
            ? parts.lineBreakBefore : 0
        if breakAt > 0 { quoted = true; newlines += 1 }
        let escaped = quoted ? 1 : 0
        let start = b.bytes.count
        if quoted { b.byte(UInt8(ascii: "\"")) }
        var mainRange = 0..<0
        for i in 0..<parts.count {
            if i > 0 {
                if !fragments[parts[i - 1]].endsSentence && !parts.isEmoji(i) { b.byte(UInt8(ascii: ".")) }
                b.byte(i == breakAt ? 10 : UInt8(ascii: " "))
            }
            let lo = b.bytes.count
            b.append(fragments[parts[i]].bytes[spelling][escaped])
            if i == parts.main { mainRange = lo..<b.bytes.count }
        }
        if quoted { b.byte(UInt8(ascii: "\"")) }
        b.newlines += newlines
        if style.lowercase { Self.lowercase(&b.bytes, start..<b.bytes.count) }
        if let typo { Self.swapLetters(&b.bytes, in: mainRange, at: typo) }
    }

    static func lowercase(_ bytes: inout [UInt8], _ range: Range<Int>) {
        for i in range where bytes[i] >= 65 && bytes[i] <= 90 { bytes[i] += 32 }
    }

    /// Swaps the first pair of adjacent, different ASCII letters at or after `at % count` in `range` (if any;
    /// never in a text shorter than four bytes, where "ok" would become another word).
    static func swapLetters(_ bytes: inout [UInt8], in range: Range<Int>, at: Int) {
        guard range.count >= 4 else { return }
        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }
        var i = range.lowerBound + at % range.count
        while i + 1 < range.upperBound {
            if isLetter(bytes[i]) && isLetter(bytes[i + 1]) && bytes[i] != bytes[i + 1] {
                bytes.swapAt(i, i + 1)
                return
            }
            i += 1
        }
    }
}
