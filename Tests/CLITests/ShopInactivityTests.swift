import Foundation
import Testing
import Ingest
import Synthetic

/// A shop without cancellations or a survey (issue 14): customers.csv without churn_date or signup_date, and
/// orders.csv (orders, units, revenue). `train`, `evaluate` and `score` work with `--horizon 180`, say the churn
/// definition and channels, and the model ranks a later as-of date well above chance.
/// The base: `ShopGenerator`, 3,000 customers, seed 14, no NPS, no signup dates (its own default history).
@Suite(.serialized) struct ShopInactivityTests {
    static let trained = Result<(dir: String, train: CLIRunner.Outcome), Error> {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cc-shop-\(UUID().uuidString)").path
        let config = ShopConfig(customers: 3_000, seed: 14, surveyShare: 0, signupDates: false)
        try ShopGenerator(config).write(to: dir)
        let train = try CLIRunner.run(["train", "--data", dir, "--from", "2024-09-30", "--to", "2025-06-30",
                                       "--every", "quarter", "--horizon", "180", "--model", dir + "/model.json"],
                                      timeLimit: 300)
        return (dir, train)
    }

    static let note = "churn definition: inactivity (no activity in the 180 days after the as-of date); "
        + "activity channels: orders, units, revenue"

    @Test func trainSaysTheDefinitionAndRecordsIt() throws {
        let (dir, r) = try Self.trained.get()
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains(Self.note), "\(r.stderr)")
        let model = try String(contentsOfFile: dir + "/model.json", encoding: .utf8)
        #expect(model.contains("\"churn_definition\" : \"inactivity\""))
        #expect(model.contains("\"name\" : \"revenue\""))
        #expect(model.contains("\"nps_absent\" : true"))
    }

    @Test func evaluateRanksALaterDateWellAboveChance() throws {
        let (dir, _) = try Self.trained.get()
        // 2026-03-31 + 180 days is on or before the history's last day (2026-09-30): its labels are complete.
        let r = try CLIRunner.run(["evaluate", "--data", dir, "--model", dir + "/model.json", "--as-of", "2026-03-31",
                                   "--json"], timeLimit: 300)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains(Self.note), "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let churn = json?["churn"] as? [String: Any]
        let auc = (churn?["model"] as? [String: Any])?["roc_auc"] as? Double
        let rule = (churn?["rule"] as? [String: Any])?["roc_auc"] as? Double
        #expect((auc ?? 0) > 0.7, "\(r.stdout.prefix(600))")
        #expect((auc ?? 0) > (rule ?? 1), "the model must beat the 30-day rule")
        #expect(json?["forecast"] == nil)  // no NPS export: churn alone
        let text = try CLIRunner.run(["evaluate", "--data", dir, "--model", dir + "/model.json", "--as-of", "2026-03-31"],
                                     timeLimit: 300)
        #expect(text.stdout.contains("NPS parts skipped: the model was trained without an NPS export"), "\(text.stdout)")
    }

    @Test func scoreGivesReasonsInPlainWords() throws {
        let (dir, _) = try Self.trained.get()
        let out = dir + "/scores.csv"
        let r = try CLIRunner.run(["score", "--data", dir, "--model", dir + "/model.json", "--as-of", "latest",
                                   "--out", out], timeLimit: 300)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains(Self.note), "\(r.stderr)")
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count > 1_000)
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",,,") })  // no score model: the NPS columns empty
        #expect(lines.contains { $0.contains("no order for ") }, "\(lines.prefix(5))")
    }

    @Test func sqlRefusesAnActivityModel() throws {
        let (dir, _) = try Self.trained.get()
        let r = try CLIRunner.run(["sql", "score", "--dialect", "postgres", "--model", dir + "/model.json", "--as-of", "2026-03-31"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("churncast sql compiles models of the contract definition on social engagement"),
                "\(r.stderr)")
    }

    @Test func aContractFlagOnTheModelIsRefused() throws {
        let (dir, _) = try Self.trained.get()
        let r = try CLIRunner.run(["score", "--data", dir, "--model", dir + "/model.json", "--as-of", "latest",
                                   "--churn-definition", "contract", "--out", dir + "/x.csv"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("the model was trained with inactivity"), "\(r.stderr)")
    }
}
