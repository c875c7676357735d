import Foundation
import Testing
@testable import Comments

/// The analyzer against the hand-labelled comments. Thresholds sit just under the figures measured when the
/// lexicons were last tuned (on the dev rows only); ACCURACY.md records the figures.
@Suite struct LabelledSetAccuracyTests {
    let analyzer = try! CommentAnalyzer()

    @Test func setIsLargeAndBalanced() {
        let all = LabelledSet.all
        #expect(all.count >= 220)
        #expect(all.filter { $0.language == .english }.count >= 100)
        #expect(all.filter { $0.language == .german }.count >= 100)
        for theme in Theme.builtIn.map(\.name) {
            #expect(all.filter { $0.themes.contains(theme) }.count >= 10, "theme \(theme)")
        }
    }

    @Test func printsFigures() {
        let dev = Scorecard(LabelledSet.dev, analyzer: analyzer)
        let test = Scorecard(LabelledSet.test, analyzer: analyzer)
        print(test.table(title: "Held-out test rows (\(LabelledSet.test.count))"))
        print(dev.table(title: "Dev rows used for tuning (\(LabelledSet.dev.count))"))
        if ProcessInfo.processInfo.environment["COMMENTS_MISTAKES"] == "dev" { print(dev.mistakes) }
        if ProcessInfo.processInfo.environment["COMMENTS_MISTAKES"] == "test" { print(test.mistakes) }
    }

    /// The held-out rows, never looked at while tuning: measured 0.88 overall (0.87 English, 0.90 German), and 0.90
    /// (0.89, 0.90) with the rules of `CommentScanner+Rules.swift` and `+Irony.swift` (see ACCURACY.md).
    @Test func heldOutSentiment() {
        let s = Scorecard(LabelledSet.test, analyzer: analyzer)
        func accuracy(_ l: CommentLanguage?) -> Double {
            let a = s.sentimentAccuracy(language: l)
            return Double(a.correct) / Double(a.total)
        }
        #expect(accuracy(nil) >= 0.85)
        #expect(accuracy(.english) >= 0.84)
        #expect(accuracy(.german) >= 0.87)
        // Measured P/R: negative 0.98/0.85, neutral 0.69/0.82, positive 0.84/0.93; with the rules 0.98/0.87,
        // 0.75/0.82, 0.86/0.95.
        let minimum: [Sentiment: (precision: Double, recall: Double)] = [
            .negative: (0.95, 0.82), .neutral: (0.65, 0.80), .positive: (0.80, 0.90),
        ]
        for (c, m) in minimum {
            let f = s.classFigures(c)
            #expect((f.precision ?? 0) >= m.precision, "\(c) precision")
            #expect((f.recall ?? 0) >= m.recall, "\(c) recall")
        }
    }

    /// Language detection and themes on the held-out rows: measured 0.99; themes precision 0.98, recall 0.94.
    @Test func heldOutLanguageAndThemes() {
        let s = Scorecard(LabelledSet.test, analyzer: analyzer)
        let l = s.languageAccuracy
        #expect(Double(l.correct) / Double(l.total) >= 0.97)
        let t = s.themeFigures
        #expect(t.precision >= 0.95)
        #expect(t.recall >= 0.90)
    }

    /// The dev rows the lexicons were tuned on (measured 0.97; 0.98 with the later rules): a regression guard, not a figure to quote.
    @Test func devSentiment() {
        let a = Scorecard(LabelledSet.dev, analyzer: analyzer).sentimentAccuracy()
        #expect(Double(a.correct) / Double(a.total) >= 0.95)
    }
}
