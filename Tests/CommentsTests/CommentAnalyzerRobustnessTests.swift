import Testing
import Support
@testable import Comments

/// Any text gives a well-formed analysis: random strings over the characters the tokenizer treats specially
/// (emoticon parts, hyphens, apostrophes, umlauts, emojis and their modifiers, sentence marks, other scripts).
@Suite struct CommentAnalyzerRobustnessTests {
    let analyzer = try! CommentAnalyzer()

    @Test func randomTextGivesWellFormedAnalyses() {
        let pool: [Unicode.Scalar] = Array("aeDdoSsnitg:;=-()[]'’!?.,…\"/ äöüÄÖÜßéÉ€0129\n\t\r".unicodeScalars)
            + ["\u{1F600}", "\u{1F44E}", "\u{2764}", "\u{FE0F}", "\u{200D}", "\u{1F3FB}", "\u{0416}", "\u{4E2D}",
               "\u{0301}", "\u{1F9A9}"]
        var rng = SplitMix64(seed: 13)
        var texts: [String] = []
        for _ in 0..<3000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int(rng.next() % 40) { s.append(pool[Int(rng.next() % UInt64(pool.count))]) }
            texts.append(String(s))
        }
        let analyses = analyzer.analyze(texts, threads: 2)
        for (text, a) in zip(texts, analyses) {
            #expect(a.sentimentScore >= -1 && a.sentimentScore <= 1, "\(text)")
            let expected: Sentiment = a.sentimentScore >= 0.15 ? .positive : a.sentimentScore <= -0.15 ? .negative
                : .neutral
            #expect(a.sentiment == expected, "\(text)")
            #expect(a == analyzer.analyze(text))
        }
    }

    @Test func shoutingAndPunctuation() {
        // A comment all in capitals is not emphasised word by word; "!" raises the sum 10% each, at most 3.
        #expect(analyzer.analyze("GOOD").sentimentScore == analyzer.analyze("good").sentimentScore)
        #expect(analyzer.analyze("good!").sentimentScore > analyzer.analyze("good").sentimentScore)
        #expect(analyzer.analyze("good!!!!!!").sentimentScore == analyzer.analyze("good!!!").sentimentScore)
        #expect(analyzer.analyze("The app is GOOD").sentimentScore > analyzer.analyze("The app is good").sentimentScore)
        #expect(analyzer.analyze("...,,,!!!").sentiment == .neutral)
        #expect(analyzer.analyze(String(repeating: "sehr gut und ", count: 2000)).sentiment == .positive)
    }
}
