import Foundation
import Testing
import TestSupport

/// `churncast comments`: the CSV's columns, rows only for answers with a comment (in file order), a few comments
/// whose reading is plain to a person (one English and one German, with negation: "nicht wirklich hilfreich"),
/// themes added in churncast.json, and standard output.
@Suite struct CommentsCommandTests {
    let temporary = TemporaryDirectory("cc-comments")

    func export() throws -> (nps: String, config: String) {
        let nps = temporary.file("nps.csv"), config = temporary.file("churncast.json")
        try """
            customer_id,date,score,comment
            C1,2026-01-02,10,"The support team was very helpful, thank you!"
            C2,2026-01-03,2,Der Support war nicht wirklich hilfreich
            C3,2026-01-04,5,
            C4,2026-01-05,3,"Still waiting for my refund, not happy"
            C5,2026-01-06,9,"  "

            """.write(toFile: nps, atomically: false, encoding: .utf8)
        try #"{"themes": {"refunds": ["refund*", "Erstattung*"]}}"#.write(toFile: config, atomically: false, encoding: .utf8)
        return (nps, config)
    }

    /// The CSV's rows as fields (no field in these rows holds a comma or a quote).
    static func rows(_ csv: String) -> [[String]] {
        csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func columnsAndKnownRows() throws {
        let (nps, config) = try export()
        let out = temporary.file("comments.csv")
        let r = try CLIRunner.run(["comments", "--nps", nps, "--config", config, "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("3 comments"))
        let rows = Self.rows(try String(contentsOfFile: out, encoding: .utf8))
        #expect(rows.first == ["customer_id", "date", "score", "language", "sentiment", "sentiment_score", "themes"])
        #expect(rows.dropFirst().map { $0[0] } == ["C1", "C2", "C4"])  // no comment, or only spaces: no row
        let (c1, c2, c4) = (rows[1], rows[2], rows[3])
        #expect(Array(c1[0..<5]) == ["C1", "2026-01-02", "10", "en", "positive"])
        #expect(Double(c1[5])! > 0 && c1[6].split(separator: ";").contains("support"))
        #expect(Array(c2[0..<5]) == ["C2", "2026-01-03", "2", "de", "negative"])
        #expect(Double(c2[5])! < 0 && c2[6].split(separator: ";").contains("support"))
        #expect(c4[3] == "en" && c4[4] == "negative" && c4[6].split(separator: ";").contains("refunds"))
    }

    @Test func standardOutputAndBuiltInThemes() throws {
        let (nps, _) = try export()
        let r = try CLIRunner.run(["comments", "--nps", nps, "--out", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Self.rows(r.stdout)
        #expect(rows.count == 4 && rows[0][0] == "customer_id")
        #expect(!rows[3][6].contains("refunds"))  // not a built-in theme
        #expect(r.stderr.contains("3 comments"))  // the summary stays off the data
    }

    @Test func badThemeIsAUsageError() throws {
        let (nps, _) = try export()
        let config = temporary.file("bad.json")
        try #"{"themes": {"Price!": ["x"]}}"#.write(toFile: config, atomically: false, encoding: .utf8)
        let r = try CLIRunner.run(["comments", "--nps", nps, "--config", config, "--out", "-"])
        #expect(r.status == 64 && r.stdout.isEmpty)
        #expect(r.stderr.contains("Price!"))
    }
}
