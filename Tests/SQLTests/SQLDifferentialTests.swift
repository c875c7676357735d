import ChurnCast
import Features
import Foundation
import Ingest
import SQLCompile
import Synthetic
import Testing

/// The generated SQL run on real engines equals ChurnCast's own results: every feature of `churncast features`
/// (`SnapshotBuilder`, encoding learned at T) and every score of `churncast score` (`Scorer`, before rounding; reasons word for word), to
/// 1e-9. The reference numbers come from the in-process code the commands run; the SQL shares no code with it.
/// An engine that is missing is a failure when `CI` is set, otherwise the test is skipped with the reason printed.
@Suite struct SQLDifferentialTests {
    /// A generated base of 2,000 customers (Synthetic, seed 15, 2024-10-01 to 2026-09-30), made once and kept in the
    /// temporary folder for later runs.
    static let generated: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cc-sql-base-2000-seed15").path
        if !FileManager.default.fileExists(atPath: dir + "/customers.csv") {
            _ = try! SyntheticGenerator(SyntheticConfig(customers: 2000, seed: 15)).write(to: dir, overwrite: true)
        }
        return dir
    }()

    static let edges: String = try! EdgeCaseBase.write()

    static let sample = repositoryRoot + "/datasets/sample"
    /// The sample's model trained as demo.sh trains models/sample-model.json, with the comment features left out
    /// (`train --exclude nps_has_commented,nps_last_comment_sentiment`): SQL cannot compute their sentiment, so
    /// `churncast sql` refuses a model that uses them (SQLCompileUnitTests).
    static let sampleModel: String = trainSampleModel(exclude: BuiltInFeature.commentFeatures.map(\.name))

    /// Trains on the sample, 2024-12-31 … 2026-03-31 quarterly, horizon 90, into a new temporary file.
    static func trainSampleModel(exclude: [String]) -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("cc-sql-sample-model-\(UUID().uuidString).json").path
        let dates = ["2024-12-31", "2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31"]
            .map { Day.parse($0)! }
        let exports = ExportsRequest(dataDirectory: sample, customers: nil, nps: nil, engagement: nil, mappings: [],
                                     configPath: nil, rejectsPath: nil)
        _ = try! TrainJob.run(TrainJob.Request(exports: exports, dates: dates, horizonDays: 90, l2: 1, cvFolds: 0,
                                               classWeight: .none, ridge: 1, exclude: exclude, modelPath: path),
                              progress: { _ in })
        return path
    }
    static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }


    @Test("features SQL equals the feature table", arguments: SQLEngine.allCases)
    func features(engine: SQLEngine) throws {
        guard Self.available(engine) else { return }
        for (data, asOf, horizon) in [(Self.generated, "2025-06-30", 90), (Self.generated, "2026-09-30", 30),
                                      (Self.sample, "2026-06-30", 90), (Self.edges, "2025-06-30", 90)] {
            let t = Day.parse(asOf)!
            let loaded = try ExportLoader().load(ExportPaths(dataDirectory: data))
            let table = try SnapshotBuilder(SnapshotConfig(asOf: [t], horizonDays: horizon))
                .build(customers: loaded.customers, nps: loaded.nps, engagement: loaded.engagement)
            let sql = SQLFeatures(dialect: engine.dialect, asOf: t, horizon: horizon,
                                  encoding: SQLFeatures.learnedEncoding(customers: loaded.customers, asOf: t),
                                  npsPrior: NPSPrior.estimate(responses: loaded.nps,
                                                              customerCount: loaded.customers.count, asOf: t))
            try Self.expectEqual(table, try engine.run(sql.statement, data: data, customers: loaded.customers),
                                 "\(engine) \(asOf)")
        }
    }

    /// With a model, the features are encoded with the model's attribute encoding, caps and horizon.
    @Test("features SQL with a model equals the model's feature table", arguments: SQLEngine.allCases)
    func featuresWithModel(engine: SQLEngine) throws {
        guard Self.available(engine) else { return }
        let model = try ModelFileIO.read(Self.sampleModel)
        let t = Day.parse("2025-09-30")!
        let loaded = try ExportLoader().load(ExportPaths(dataDirectory: Self.generated))
        let table = try model.featureTable(customers: loaded.customers, nps: loaded.nps,
                                           engagement: loaded.engagement, asOf: [t])
        let sql = SQLScore(model: try SQLModel.read(path: Self.sampleModel), dialect: engine.dialect, asOf: t).features
        try Self.expectEqual(table, try engine.run(sql.statement, data: Self.generated, customers: loaded.customers),
                             "\(engine) with model")
    }

    /// Every column, row and value of `result` (CSV) equals `table` to 1e-9.
    static func expectEqual(_ table: FeatureTable, _ csv: String, _ what: String) throws {
        let result = try ResultTable(csv: csv)
        #expect(result.header == table.csvHeader, "\(what): columns")
        #expect(result.rows.count == table.rowCount, "\(what): rows")
        let asOf = table.snapshotDates[0].description
        var mismatches: [String] = []
        for r in 0..<table.rowCount {
            let id = table.customerId(row: r)
            guard let fields = result.rows[id] else { mismatches.append("\(id) missing"); continue }
            if fields[1] != asOf { mismatches.append("\(id) as_of \(fields[1])") }
            let expected = (0..<table.featureCount).map { table.value(row: r, feature: $0) }
                + [Double(table.churned[r]), table.nextScore[r]]
            for (j, value) in expected.enumerated() {
                let found = ResultTable.number(fields[j + 2])
                if found.map({ !ResultTable.close(value, $0) }) ?? true {
                    mismatches.append("\(id) \(result.header[j + 2]): expected \(value), found \(fields[j + 2])")
                }
            }
        }
        #expect(mismatches.count == 0, "\(what): \(mismatches.count) differences, e.g. \(mismatches.prefix(5))")
    }

    @Test("score SQL equals the scorer", arguments: SQLEngine.allCases)
    func scores(engine: SQLEngine) throws {
        guard Self.available(engine) else { return }
        let model = try SQLModel.read(path: Self.sampleModel)
        let scorer = Scorer(model: try ModelFileIO.read(Self.sampleModel))
        for (data, asOf) in [(Self.sample, "2026-06-30"), (Self.generated, "2025-12-31")] {
            let t = Day.parse(asOf)!
            let loaded = try ExportLoader().load(ExportPaths(dataDirectory: data))
            let rows = try scorer.score(customers: loaded.customers, nps: loaded.nps, engagement: loaded.engagement,
                                        asOf: t).rows
            let sql = try SQLScore(model: model, dialect: engine.dialect, asOf: t).statement()
            let result = try ResultTable(csv: try engine.run(sql, data: data, customers: loaded.customers))
            #expect(result.header == ["customer_id", "churn_probability", "risk_band", "top_reasons",
                                      "expected_next_score", "p_promoter", "p_detractor"])
            #expect(result.rows.count == rows.count, "\(engine) \(asOf): rows")
            var mismatches: [String] = []
            for row in rows {
                guard let f = result.rows[row.customerId] else { mismatches.append("\(row.customerId) missing"); continue }
                let expected = [row.churnProbability, row.expectedNextScore, row.promoterProbability,
                                row.detractorProbability]
                for (value, k) in zip(expected, [1, 4, 5, 6]) {
                    if ResultTable.number(f[k]).map({ !ResultTable.close(value, $0) }) ?? true {
                        mismatches.append("\(row.customerId) \(result.header[k]): expected \(value), found \(f[k])")
                    }
                }
                if f[2] != row.riskBand.rawValue { mismatches.append("\(row.customerId) risk_band \(f[2]) ≠ \(row.riskBand)") }
                let reasons = row.topReasons.joined(separator: "; ")
                if f[3] != reasons { mismatches.append("\(row.customerId) top_reasons \(f[3]) ≠ \(reasons)") }
            }
            #expect(mismatches.count == 0, "\(engine) \(asOf): \(mismatches.count) differences, e.g. \(mismatches.prefix(5))")
        }
    }

    /// Whether `engine` can run here; records a failure in CI when it cannot, else prints why it is skipped.
    static func available(_ engine: SQLEngine) -> Bool {
        guard let reason = engine.unavailableReason else { return true }
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("\(engine.rawValue) is required in CI: \(reason)")
        } else {
            print("SQLTests: skipping \(engine.rawValue): \(reason)")
        }
        return false
    }
}

extension SQLEngine {
    var dialect: SQLDialect { self == .duckdb ? .duckdb : .postgres }

    /// `run` with the customer columns and numeric attributes of `customers` (as ChurnCast's loader typed them).
    func run(_ statement: String, data: String, customers: CustomerTable) throws -> String {
        let header = try String(contentsOfFile: data + "/customers.csv", encoding: .utf8)
            .prefix { $0 != "\n" && $0 != "\r\n" }.split(separator: ",").map(String.init)
        return try run(statement, data: data, customerColumns: header,
                       numericAttributes: Set(customers.numericAttributes.map(\.name)))
    }
}
