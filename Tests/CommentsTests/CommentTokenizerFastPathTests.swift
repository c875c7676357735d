import Testing
import Support
@testable import Comments

/// The tokenizer's own UTF-8 decoding (`tokenize`) against the general path through `String.unicodeScalars`
/// (`tokenizeScalars`), the scanner's `WordCache` against a `Dictionary`, and comments given as bytes (read in
/// place when ASCII) against the same comments made into Strings: the fast paths must give exactly what the general
/// ones give.
@Suite struct CommentTokenizerFastPathTests {
    /// Every token, the normalised bytes and the counters of one tokenisation.
    private struct Outcome: Equatable {
        var bytes: [UInt8]
        var tokens: [String]
        var counts: [Int]
    }

    private func outcome(_ t: CommentTokenizer) -> Outcome {
        Outcome(bytes: t.bytes,
                tokens: t.tokens.map { "\($0.kind) \($0.start) \($0.end) \($0.hash) \($0.valence) \($0.allCaps) \($0.slash)" },
                counts: [t.exclamations, t.germanLetters, t.letters, t.upperLetters])
    }

    private func expectSamePaths(_ text: String) {
        var fast = CommentTokenizer(), general = CommentTokenizer()
        fast.tokenize(text)
        general.tokenizeScalars(text)
        #expect(outcome(fast) == outcome(general), "\(text.debugDescription)")
    }

    @Test func handWrittenCommentsTokeniseAlike() {
        let texts = [
            "", " ", "Great app :) but SLOW!!! 10/10 would not recommend :-(",
            "Schöne Grüße, der Außendienst ist ÜBERFORDERT… 👍🏽👎", "naïve café – «très» bien; Łódź ŻÓŁW ſ",
            "Привет, мир! Ǆ ﬁ ΣΊΣΥΦΟΣ", "日本語のテキスト😀😡❤️‍🔥", "tab\tnew\nline\r\nend ª µ º ¿¡",
            "e\u{301}mail e-mail don't don’t :D :-D D: xD", "\u{0}\u{7F}\u{80}\u{9F}\u{A0}\u{FFFD}\u{10FFFF}",
        ]
        for text in texts { expectSamePaths(text) }
    }

    /// Every scalar from U+0000 to U+2FFF and the emoji planes, alone and between letters, so that each branch of
    /// the decoder (one to four bytes) and of `take` is met.
    @Test func everyScalarTokenisesAlike() {
        let ranges: [ClosedRange<UInt32>] = [0...0x2FFF, 0xFB00...0xFFFF, 0x1F300...0x1FAFF, 0x10FF00...0x10FFFF]
        for range in ranges {
            var chunk = String.UnicodeScalarView()
            for v in range {
                guard let s = Unicode.Scalar(v) else { continue }
                chunk.append(s)
                chunk.append("a")
                if chunk.count >= 512 { expectSamePaths(String(chunk)); chunk = String.UnicodeScalarView() }
                expectSamePaths("x" + String(s) + "Y")
            }
            expectSamePaths(String(chunk))
        }
    }

    /// Bytes that are not valid UTF-8 reach the tokenizer repaired (U+FFFD) by `String(decoding:)`.
    @Test func repairedBytesTokeniseAlike() {
        var generator = SplitMix64(seed: 11)
        for _ in 0..<2_000 {
            let bytes = (0..<Int(generator.next() % 40)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            expectSamePaths(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Accented letters fold to their base letter; these are read off the Unicode names (é LATIN SMALL LETTER E
    /// WITH ACUTE → e, Ł LATIN CAPITAL LETTER L WITH STROKE → l, …); ſ (long s) has no entry and becomes x.
    @Test func accentedLettersFoldToTheirBase() {
        #expect(TextNormaliser.words("Éclair Łódź ÇA ñ Ÿ ſ þ") == ["eclair", "lodz", "ca", "n", "y", "x", "t"])
    }

    @Test func wordCacheAgreesWithADictionary() {
        var cache = WordCache(capacity: 16)
        var reference: [UInt64: TokenInfo] = [:]
        var generator = SplitMix64(seed: 3)
        for i in 0..<20_000 {
            // Small keys collide in the low bits on purpose; zero is a key like any other.
            let key = i % 3 == 0 ? generator.next() % 64 << 20 : generator.next()
            if reference[key] == nil {
                let info = TokenInfo(valenceEnglish: Float(i), number: Int8(i % 100))
                reference[key] = info
                cache.insert(info, for: key)
            }
            let probe = i % 2 == 0 ? key : generator.next()
            #expect(cache[probe]?.valenceEnglish == reference[probe]?.valenceEnglish)
            #expect(cache[probe]?.number == reference[probe]?.number)
        }
        #expect(cache.count == reference.count)
    }
    /// Comments as bytes — ASCII (read in place), UTF-8 and invalid UTF-8 (through `String(decoding:as:)`) — give
    /// the analyses of their Strings, on one thread and on several.
    @Test func bytesAnalyseLikeTheirStrings() throws {
        let analyzer = try CommentAnalyzer()
        var comments: [[UInt8]] = [
            [], Array("Great app :) but SLOW!!! 10/10 would not recommend :-(".utf8),
            Array("Support never answers, please fix the billing. 1 star".utf8),
            Array("Schöne Grüße, der Außendienst ist ÜBERFORDERT… 👍🏽".utf8), [0x67, 0x6F, 0x6F, 0x64, 0xFF, 0x21],
            Array("Kündigung: zu teuer. Wartet seit Wochen auf Antwort".utf8), [0xC3], [0xE2, 0x80],
        ]
        var generator = SplitMix64(seed: 29)
        let words = ["great", "slow", "not", "price", "support", "sehr", "gut", "nicht", "!", ",", ":)", "ä", "\u{FF}"]
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 12) { text += words[Int(generator.next() % UInt64(words.count))] + " " }
            var bytes = Array(text.utf8)
            if generator.next() % 5 == 0, !bytes.isEmpty { bytes[Int(generator.next() % UInt64(bytes.count))] = 0x80 }
            comments.append(bytes)
        }
        let texts = comments.map { String(decoding: $0, as: UTF8.self) }
        let flat = comments.flatMap { $0 }
        var ends: [Int] = []
        for c in comments { ends.append((ends.last ?? 0) + c.count) }
        flat.withUnsafeBufferPointer { all in
            func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: all[(i == 0 ? 0 : ends[i - 1])..<ends[i]])
            }
            for threads in [1, 3] {
                let fromTexts = analyzer.compactAnalyses(texts.count, threads: threads) { texts[$0] }
                #expect(analyzer.compactAnalyses(comments.count, threads: threads, bytes: bytes) == fromTexts)
                #expect(analyzer.sentimentScores(comments.count, threads: threads, bytes: bytes)
                        == fromTexts.map(\.score))
            }
        }
    }
}
