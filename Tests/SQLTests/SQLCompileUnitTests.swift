import Foundation
@testable import SQLCompile
import Testing

/// The pieces of the generator that need no engine: table names, quoting, literals, the model file's checks.
@Suite struct SQLCompileUnitTests {
    @Test func tablesParseAndKeepDefaults() throws {
        let t = try SQLTables(parsing: "customers=crm.people, engagement=events")
        #expect(t == SQLTables(customers: "crm.people", nps: "nps_responses", engagement: "events"))
    }

    @Test(arguments: ["people=x", "customers=", "customers=a;drop table x", "nps=1abc", "customers"])
    func badTablesAreUsageErrors(_ text: String) {
        #expect(throws: SQLCompileError.self) { try SQLTables(parsing: text) }
        #expect(SQLCompileError.badTables(part: text).exitCode == .usage)
    }

    /// A model trained on the sample's comments (written by the generator in English and German) uses the comment
    /// features, and SQL refuses it, naming the `--exclude` that makes a model it can compile; the same training
    /// with that `--exclude` is read (SQLDifferentialTests then checks its features and scores).
    @Test func modelWithCommentFeaturesIsRefusedNamingTheExclude() throws {
        let path = SQLDifferentialTests.trainSampleModel(exclude: [])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let names = ["nps_has_commented", "nps_last_comment_sentiment"]
        #expect(throws: SQLCompileError.commentFeatures(path: path, names: names)) { try SQLModel.read(path: path) }
        #expect("\(SQLCompileError.commentFeatures(path: path, names: names))".contains("--exclude " + names.joined(separator: ",")))
        #expect(SQLCompileError.commentFeatures(path: path, names: names).exitCode == .dataError)
        #expect(try SQLModel.read(path: SQLDifferentialTests.sampleModel).usedFeatures.allSatisfy { !names.contains($0.name) })
    }

    /// Standard SQL doubles quotes; Spark reads backslash escapes (Spark SQL reference, "Literals").
    @Test func quotingPerDialect() {
        #expect(SQLDialect.postgres.string("it's") == "'it''s'")
        #expect(SQLDialect.duckdb.identifier("plan=\"x\"") == "\"plan=\"\"x\"\"\"")
        #expect(SQLDialect.spark.string("it's \\") == "'it\\'s \\\\'")
        #expect(SQLDialect.spark.identifier("a`b") == "`a``b`")
    }

    /// A literal reads back to the same double: Swift's shortest round-trip digits.
    @Test func doubleLiteralsRoundTrip() {
        for x in [0.1, -3.144526317857875, 1e-300, 869.1906196508045] {
            let text = SQLDialect.duckdb.double(x)
            let digits = text.split(separator: "'")[1]
            #expect(Double(String(digits)) == x)
        }
    }

    @Test func modelWhoseTermsDoNotMatchItsFeaturesIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cc-sql-bad-model.json").path
        let json = """
            {"snapshot": {"asOf": ["2025-01-01"]}, "encoding": {"numeric": [], "categorical": []},
             "features": [{"name": "tenure_days", "mean": 1, "standardDeviation": 2, "constant": false}],
             "churn": {"terms": [{"name": "intercept", "estimate": 0}], "bands": {"highFrom": 0.5, "mediumFrom": 0.2}},
             "nps": {"terms": [{"name": "intercept", "estimate": 0}, {"name": "tenure_days", "estimate": 1}],
                     "calibration": {"points": []}}}
            """
        try json.write(toFile: path, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: SQLCompileError.badModel(path: path, reason: "churn terms do not match the used features")) {
            try SQLModel.read(path: path)
        }
    }
}
