import Foundation
import Testing

/// `--source postgresql://…` and `score --to-table` through the built `churncast` against the real server: the same
/// bytes as the CSV route (the tables are loaded from the same files by `psql`, a client that shares no code with
/// ChurnCast), the scores written back and read again, and bad tables refused with the documented exit codes and
/// messages naming table, column and type. Without a server (or a built `churncast`) the tests fail when `CI` is
/// set and are skipped with the reason otherwise.
@Suite struct PostgresSourceTests {
    static let data = SQLDifferentialTests.generated
    static let asOf = "2026-06-30"
    static let trainDates = ["--from", "2025-03-31", "--to", "2025-12-31", "--every", "quarter"]

    @Test("train and score from PostgreSQL equal the CSV route byte for byte")
    func sameBytesAsFiles() throws {
        guard let cc = Self.ready() else { return }
        let db = try PostgresDatabase(loading: Self.data)
        defer { db.drop() }
        let out = try Shell.scratchFile("pg-route")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: out) }
        for (route, input) in [("csv", ["--data", Self.data]), ("pg", ["--source", db.url])] {
            try Shell.check(try cc(["train"] + input + Self.trainDates + ["--model", "\(out)/\(route).json"]),
                            what: "train \(route)")
            try Shell.check(try cc(["score", "--model", "\(out)/csv.json", "--as-of", Self.asOf,
                                    "--out", "\(out)/\(route).csv"] + input), what: "score \(route)")
        }
        for file in ["json", "csv"] {
            let (a, b) = (FileManager.default.contents(atPath: "\(out)/csv.\(file)"),
                          FileManager.default.contents(atPath: "\(out)/pg.\(file)"))
            #expect(a != nil && a == b, "\(file): the PostgreSQL route differs from the CSV route")
        }
    }

    /// The engine's coefficients come from sums computed by PostgreSQL over the feature SQL; the reference is the
    /// in-process Newton fit on the table `churncast features` builds (different code, different arithmetic order).
    @Test("train --engine postgres: the churn coefficients from aggregate queries equal the in-process fit to 1e-8")
    func engineTraining() throws {
        guard let cc = Self.ready() else { return }
        let db = try PostgresDatabase(loading: Self.data)
        defer { db.drop() }
        let model = try Shell.scratchFile("engine.json")
        defer { try? FileManager.default.removeItem(atPath: model) }
        // The engine fits by the feature SQL, which cannot compute the comment features: they are left out.
        let outcome = try cc(["train", "--source", db.url, "--engine", "postgres", "--model", model,
                              "--exclude", "nps_has_commented,nps_last_comment_sentiment"] + Self.trainDates)
        try Shell.check(outcome, what: "train --engine postgres")
        let figure = outcome.stderr.range(of: "within ").map { outcome.stderr[$0.upperBound...].prefix { $0 != " " } }
        let difference = figure.flatMap { Double($0) }
        #expect(difference != nil && difference! <= 1e-8, "\(outcome.stderr)")
    }

    /// The sample's comments make the comment features part of the model, which the feature SQL cannot compute:
    /// the refusal (exit 65, `SQLCompileError.commentFeatures`) must come before the model file is written.
    @Test("train --engine postgres on a model it cannot fit writes no model file")
    func engineRefusalWritesNothing() throws {
        guard let cc = Self.ready() else { return }
        let db = try PostgresDatabase(loading: Self.data)
        defer { db.drop() }
        let model = try Shell.scratchFile("engine-refused.json")
        defer { try? FileManager.default.removeItem(atPath: model) }
        let outcome = try cc(["train", "--source", db.url, "--engine", "postgres", "--model", model]
                             + Self.trainDates)
        #expect(outcome.status == 65, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("the model uses comment features"), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: model), "a refused engine fit left a model file")
    }

    @Test("score --to-table writes the scores CSV's rows into the table, replacing the same as-of date")
    func toTableRoundTrip() throws {
        guard let cc = Self.ready() else { return }
        let db = try PostgresDatabase(loading: Self.data)
        defer { db.drop() }
        let out = try Shell.scratchFile("pg-scores.csv")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let arguments = ["score", "--model", SQLDifferentialTests.sampleModel, "--source", db.url, "--as-of", Self.asOf,
                         "--out", out, "--to-table", "churn_scores"]
        for _ in 0..<2 { try Shell.check(try cc(arguments), what: "score --to-table") }  // twice: replaced, not added
        let written = try db.execute("""
            COPY (SELECT customer_id, churn_probability, risk_band, top_reasons, expected_next_score, p_promoter,
                         p_detractor FROM churn_scores WHERE as_of = DATE '\(Self.asOf)') TO STDOUT WITH (FORMAT csv);
            """)
        let file = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(file.count > 100)
        #expect(written.split(separator: "\n").sorted() == file.sorted())
    }

    @Test("a table the server refuses rolls the transaction back: the table is as it was")
    func toTableRollsBack() throws {
        guard let cc = Self.ready() else { return }
        let db = try PostgresDatabase(loading: Self.data)
        defer { db.drop() }
        // Same columns, but customer_id limited to 2 characters: the COPY fails part way.
        try db.execute("""
            CREATE TABLE churn_scores (as_of date, customer_id varchar(2), churn_probability double precision,
              risk_band text, top_reasons text, expected_next_score double precision, p_promoter double precision,
              p_detractor double precision);
            INSERT INTO churn_scores VALUES (DATE '\(Self.asOf)', 'x', 0.5, 'low', '', 7, 0.1, 0.1);
            """)
        let outcome = try cc(["score", "--model", SQLDifferentialTests.sampleModel, "--source", db.url,
                              "--as-of", Self.asOf, "--out", try Shell.scratchFile("pg-scores.csv"),
                              "--to-table", "churn_scores"])
        #expect(outcome.status == 74)
        #expect(outcome.stderr.contains("writing table churn_scores failed"), "\(outcome.stderr)")
        #expect(try db.execute("COPY (SELECT count(*) FROM churn_scores) TO STDOUT;") == "1\n")
    }

    /// Each bad table with its exit code and the words its message must contain, `…` standing for any text
    /// (SPEC §7; `PostgresError`).
    static let badTables: [(setup: String, tables: String, exit: Int32, message: String)] = [
        ("", "engagement=no_such_table", 66, "table no_such_table: no such table in the database"),
        ("CREATE TABLE eng2 AS SELECT customer_id, date, likes, shares, comments FROM engagement;",
         "engagement=eng2", 65, "table eng2: missing column dms (the table has customer_id, date, likes, shares, comments)"),
        ("CREATE TABLE nps2 AS SELECT customer_id, date, score::double precision AS score, comment FROM nps_responses;",
         "nps=nps2", 65, "table nps2, column score: type double precision found, expected an integer type (or text)"),
        ("CREATE TABLE cust2 AS SELECT * FROM customers; ALTER TABLE cust2 ALTER COLUMN signup_date TYPE integer "
            + "USING 0;", "customers=cust2", 65, "table cust2, column signup_date: type integer found, expected date"),
        ("CREATE TABLE nps3 AS SELECT customer_id, date, score::text AS score, comment FROM nps_responses; "
            + "UPDATE nps3 SET score = 'eleven' WHERE ctid = (SELECT min(ctid) FROM nps3);",
         "nps=nps3", 65, "table nps3, line …, column 3 (score): expected an integer 0–10, found \"eleven\""),
    ]

    @Test("a missing table, a missing column and a wrong type: exit code and a message naming them")
    func badTablesAreNamed() throws {
        guard let cc = Self.ready() else { return }
        let db = try PostgresDatabase(loading: Self.data)
        defer { db.drop() }
        for bad in Self.badTables {
            if !bad.setup.isEmpty { try db.execute(bad.setup) }
            let outcome = try cc(["score", "--model", SQLDifferentialTests.sampleModel, "--source", db.url,
                                  "--tables", bad.tables, "--as-of", Self.asOf, "--out", try Shell.scratchFile("x.csv")])
            #expect(outcome.status == bad.exit, "\(bad.tables): \(outcome.stderr)")
            let parts = bad.message.components(separatedBy: "…")  // the line of an updated row is the server's choice
            #expect(parts.allSatisfy { outcome.stderr.contains($0) }, "\(bad.tables): \(outcome.stderr)")
            #expect(outcome.stdout.isEmpty)
        }
    }

    /// Runs the built `churncast` with `SOURCE_DATE_EPOCH` fixed, or nil (failing in CI) when it or the server is
    /// missing.
    static func ready() -> (([String]) throws -> Shell.Outcome)? {
        guard SQLDifferentialTests.available(.postgres) else { return nil }
        guard let exe = executable else {
            let reason = "the churncast executable is not built (swift build)"
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: reason)) }
            else { print("PostgresSourceTests: skipping: \(reason)") }
            return nil
        }
        return { try Shell.run("SOURCE_DATE_EPOCH=1700000000", [exe] + $0) }
    }

    /// The built executable beside the test bundle, or in the package's .build/debug.
    static var executable: String? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        var candidates: [String] = []
        for _ in 0..<4 { candidates.append(folder.appendingPathComponent("churncast").path); folder.deleteLastPathComponent() }
        candidates.append(SQLDifferentialTests.repositoryRoot + "/.build/debug/churncast")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
