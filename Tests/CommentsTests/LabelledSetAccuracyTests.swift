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
}
