import Support

/// Reads a comment's text alone — no score, no customer data — and says its language (English, German, or
/// unknown for too little text), its sentiment (a class and a score in −1…1) and its themes.
///
/// The method is lexical and rule-based, with lexicons written for ChurnCast (`Lexicon/`): words are normalised
/// (case, umlauts written as ue/oe/ae, ß as ss, letter runs as in "soooo", a one-letter typo in longer words),
/// scored as described in `CommentScanner+Sentiment.swift` (negation, intensifiers, contrast, sarcasm, emojis;
/// requests to repair, waiting, ratings and sarcasm markers in `+Rules.swift` and `+Irony.swift`),
/// and matched to themes by words, stems and phrases. Nothing is downloaded; the same text always gives the same
/// analysis. Measured accuracy: `ACCURACY.md`.
public struct CommentAnalyzer: Sendable {
    public let configuration: CommentsConfiguration
    /// The themes in effect, in the order analyses list them.
    public let themes: [Theme]
    let lexicon: CompiledLexicon

    /// Validates `configuration` (throws `CommentsError`) and compiles the lexicons with its themes.
    public init(configuration: CommentsConfiguration = CommentsConfiguration()) throws {
        self.configuration = configuration
        themes = try configuration.resolvedThemes()
        lexicon = CompiledLexicon(themes: themes)
    }

    /// The analysis of one comment.
    public func analyze(_ text: String) -> CommentAnalysis {
        var scanner = CommentScanner(lexicon: lexicon)
        return expanded(scanner.analyze(text))
    }

    /// The analyses of many comments, in order, on `threads` threads (each with its own word cache); the same as
    /// calling `analyze(_:)` on each.
    public func analyze(_ texts: [String], threads: Int = Parallelism.threads) -> [CommentAnalysis] {
        compactAnalyses(texts.count, threads: threads) { texts[$0] }.map(expanded)
    }

    /// Theme names of a theme bit set, in theme order.
    func themeNames(_ mask: UInt64) -> [String] {
        var names: [String] = []
        var rest = mask
        while rest != 0 {
            names.append(themes[rest.trailingZeroBitCount].name)
            rest &= rest - 1
        }
        return names
    }

    private func expanded(_ a: CompactAnalysis) -> CommentAnalysis {
        CommentAnalysis(language: a.language, sentiment: a.sentiment, sentimentScore: a.score,
                        themes: themeNames(a.themes))
    }

    /// Analyses `count` texts (`text(i)`) split into `threads` contiguous runs, one scanner per run.
    func compactAnalyses(_ count: Int, threads: Int, _ text: (Int) -> String) -> [CompactAnalysis] {
        compactAnalyses(count, threads: threads) { scanner, i in scanner.analyze(text(i)) }
    }

    /// Analyses `count` texts given as UTF-8 bytes (`bytes(i)`, decoded as `String(decoding:as:)` would), the
    /// ASCII ones without making a String of them.
    func compactAnalyses(_ count: Int, threads: Int, bytes: (Int) -> UnsafeBufferPointer<UInt8>) -> [CompactAnalysis] {
        compactAnalyses(count, threads: threads) { scanner, i in scanner.analyze(utf8: bytes(i)) }
    }

    private func compactAnalyses(_ count: Int, threads: Int,
                                 _ analyze: (inout CommentScanner, Int) -> CompactAnalysis) -> [CompactAnalysis] {
        let placeholder = CompactAnalysis(language: .unknown, sentiment: .neutral, score: 0, themes: 0)
        var out = [CompactAnalysis](repeating: placeholder, count: count)
        out.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress
            Parallelism.forEachRange(count, threads: min(threads, count / 1024 + 1)) { range in
                var scanner = CommentScanner(lexicon: lexicon)
                for i in range { base![i] = analyze(&scanner, i) }
            }
        }
        return out
    }
}
