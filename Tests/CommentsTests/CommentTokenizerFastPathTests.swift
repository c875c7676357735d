import Testing
import Support
@testable import Comments

/// The tokenizer's own UTF-8 decoding (`tokenize`) against the general path through `String.unicodeScalars`
/// (`tokenizeScalars`), and the scanner's `WordCache` against a `Dictionary`: the fast paths must give exactly
/// what the general ones give.
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
}
