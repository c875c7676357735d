import Foundation
import Testing

/// A base without an NPS export (SPEC §1, "churn alone"): `train` fits the churn model only and says so, `score`
/// writes the usual columns with the three NPS ones empty, `evaluate` evaluates the churn model alone and says
/// why the NPS parts were skipped, and `forecast` refuses with the documented message.
/// The base is `churncast generate --count 1500 --seed 3` with nps_responses.csv deleted.
@Suite(.serialized) struct WithoutNPSExportTests {
    /// The generated base without its NPS export, and the model trained on it; made once.
    static let trained = Result<(dir: String, train: CLIRunner.Outcome), Error> {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cc-no-nps-\(UUID().uuidString)").path
        let generated = try CLIRunner.run(["generate", "--count", "1500", "--seed", "3", "--out", dir], timeLimit: 120)
        guard generated.status == 0 else { throw GenerateFailed(stderr: generated.stderr) }
        try FileManager.default.removeItem(atPath: dir + "/nps_responses.csv")
        let train = try CLIRunner.run(["train", "--data", dir, "--from", "2025-03-31", "--to", "2025-12-31",
                                       "--every", "quarter", "--model", dir + "/model.json"], timeLimit: 300)
        return (dir, train)
    }

    struct GenerateFailed: Error { let stderr: String }

    @Test func trainFitsTheChurnModelAlone() throws {
        let (dir, r) = try Self.trained.get()
        #expect(r.status == 0, "\(r.stderr)")
        #expect((r.stdout + r.stderr).contains("score model    none (no NPS export)"), "\(r.stdout)")
        let model = try String(contentsOfFile: dir + "/model.json", encoding: .utf8)
        #expect(model.contains("\"nps_absent\" : true") || model.contains("\"nps_absent\":true"))
    }

    @Test func scoreLeavesTheNPSColumnsEmpty() throws {
        let (dir, _) = try Self.trained.get()
        let out = dir + "/scores.csv"
        let r = try CLIRunner.run(["score", "--data", dir, "--model", dir + "/model.json", "--as-of", "latest",
                                   "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.first == "customer_id,churn_probability,risk_band,top_reasons,expected_next_score,p_promoter,p_detractor")
        #expect(lines.count > 100)
        for line in lines.dropFirst() {
            // The reasons may be quoted and contain commas: the last three fields are read from the end.
            #expect(line.hasSuffix(",,,"), "\(line)")
            let probability = Double(line.split(separator: ",", omittingEmptySubsequences: false)[1])
            #expect(probability.map { (0...1).contains($0) } == true, "\(line)")
        }
    }

    @Test func forecastRefuses() throws {
        let (dir, _) = try Self.trained.get()
        let r = try CLIRunner.run(["forecast", "--data", dir, "--model", dir + "/model.json", "--as-of", "latest"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("this model was trained without an NPS export"), "\(r.stderr)")
    }

    /// `evaluate` on the churn model alone: the churn table, no next-score or forecast lines, the note saying
    /// why; `--json` has the churn part and `nps_skipped`, no `forecast`.
    @Test func evaluateEvaluatesChurnAlone() throws {
        let (dir, _) = try Self.trained.get()
        let args = ["evaluate", "--data", dir, "--model", dir + "/model.json", "--as-of", "2026-03-31", "--backtest"]
        let r = try CLIRunner.run(args)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("ROC-AUC"), "\(r.stdout)")
        #expect(r.stdout.contains("NPS parts skipped: the model was trained without an NPS export"), "\(r.stdout)")
        #expect(!r.stdout.contains("RMSE") && !r.stdout.contains("NPS backtest") && !r.stdout.contains("forecast +"), "\(r.stdout)")
        let j = try CLIRunner.run(args + ["--json"])
        #expect(j.status == 0, "\(j.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as? [String: Any]
        #expect(object?["churn"] != nil && object?["forecast"] == nil && object?["nps_skipped"] is String, "\(j.stdout)")
    }
}
