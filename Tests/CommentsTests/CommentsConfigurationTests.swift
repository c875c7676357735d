import Foundation
import Testing
@testable import Comments

/// The `themes` configuration: decoding its two shapes, applying changes, and the errors for bad ones.
@Suite struct CommentsConfigurationTests {
    private func decode(_ json: String) throws -> CommentsConfiguration {
        try JSONDecoder().decode(CommentsConfiguration.self, from: Data(json.utf8))
    }

    @Test func decodesBothShapesAndIgnoresOtherKeys() throws {
        let c = try decode("""
            {"model": "x", "themes": {"price": {"add": ["Gebühr*"], "remove": ["cheap"]},
             "refunds": ["refund*", "Erstattung*"], "onboarding": {"enabled": false}}}
            """)
        #expect(c.themes["refunds"] == .entries(["refund*", "Erstattung*"]))
        #expect(c.themes["price"] == .edit(add: ["Gebühr*"], remove: ["cheap"], enabled: true))
        #expect(c.themes["onboarding"] == .edit(add: [], remove: [], enabled: false))
        #expect(try decode("{}").themes.isEmpty)
        let roundTrip = try JSONDecoder().decode(CommentsConfiguration.self, from: JSONEncoder().encode(c))
        #expect(roundTrip == c)
    }

    @Test func changesApply() throws {
        let c = try decode("""
            {"themes": {"price": {"add": ["Gebühr*"], "remove": ["cheap"]},
             "refunds": ["refund*", "Erstattung*"], "onboarding": {"enabled": false}}}
            """)
        let a = try CommentAnalyzer(configuration: c)
        #expect(a.themes.map(\.name) == ["price", "support", "reliability", "features", "usability", "delivery",
                                         "billing", "communication", "performance", "refunds"])
        #expect(a.analyze("Die Gebuehren sind hoch").themes == ["price"])
        #expect(a.analyze("cheap").themes == [])
        #expect(a.analyze("Erstattung kam nie").themes.contains("refunds"))
        #expect(a.analyze("setup was easy").themes == [])
        #expect(a.analyze("Refunds are slow").themes.contains("refunds"))
    }

    @Test func badChangesAreRefused() {
        func refused(_ change: [String: ThemeChange]) -> CommentsError? {
            do { _ = try CommentAnalyzer(configuration: CommentsConfiguration(themes: change)); return nil }
            catch let e as CommentsError { return e } catch { return nil }
        }
        #expect(refused(["Price!": .entries(["x"])]) == .invalidThemeName(name: "Price!"))
        #expect(refused(["price": .edit(add: [], remove: ["nonsense"], enabled: true)])
                == .unknownThemeEntry(theme: "price", entry: "nonsense"))
        #expect(refused(["refunds": .edit(add: [], remove: ["x"], enabled: true)]) != nil)
        #expect(refused(["price": .entries([])]) == .emptyTheme(theme: "price"))
        #expect(refused(["price": .entries(["pr*ce"])]) == .invalidThemeEntry(
            theme: "price", entry: "pr*ce", reason: "a * may only stand at the start or end of a single word"))
        #expect(refused(["price": .entries(["!!"])]) == .invalidThemeEntry(
            theme: "price", entry: "!!", reason: "it has no letters or digits"))
        let many = Dictionary(uniqueKeysWithValues: (0..<60).map { ("t\($0)", ThemeChange.entries(["w\($0)"])) })
        #expect(refused(many) == .tooManyThemes(count: 70, limit: 64))
        #expect(CommentsError.emptyTheme(theme: "price").exitCode == .usage)
    }

    @Test func removeMatchesAnySpelling() throws {
        let c = CommentsConfiguration(themes: ["price": .edit(add: [], remove: ["*PREIS*", "Günstig*"], enabled: true)])
        let a = try CommentAnalyzer(configuration: c)
        #expect(!a.analyze("Preis").themes.contains("price"))
        #expect(!a.analyze("günstiger").themes.contains("price"))
    }
}
