import Foundation
import Testing
import Ingest
import Synthetic

/// A shop that surveys its customers but exports no signup dates (`generate --kind shop --no-signup-dates`, the
/// default survey share): the forecast's response history counts each customer's observed time from their first
/// order. It used to count it from the unknown signup — one day for everyone — so the history covariate was the
/// same for every customer and `train` stopped with "the design matrix is rank deficient … 'intercept' is a linear
/// combination of 'history'".
/// The known answer: the generator's signup date *is* the day of the first order, so the same base with its
/// signup_date column must give the same model file, byte for byte (`SOURCE_DATE_EPOCH` fixed).
/// The bases: `ShopGenerator`, 2,000 customers, seed 31, its own default history (2023-10-01 to 2026-09-30).
@Suite(.serialized) struct ShopSurveyWithoutSignupTests {
    static func train(signupDates: Bool) throws -> (dir: String, train: CLIRunner.Outcome) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cc-shop-nps-\(UUID().uuidString)").path
        try ShopGenerator(ShopConfig(customers: 2_000, seed: 31, signupDates: signupDates)).write(to: dir)
        let train = try CLIRunner.run(["train", "--data", dir, "--from", "2024-09-30", "--to", "2025-12-31",
                                       "--every", "quarter", "--horizon", "90", "--model", dir + "/model.json"],
                                      environment: ["SOURCE_DATE_EPOCH": "1767225600"], timeLimit: 300)
        return (dir, train)
    }

    static let trained = Result { try train(signupDates: false) }

    @Test func trainGivesTheModelOfTheSameBaseWithSignupDates() throws {
        let (dir, r) = try Self.trained.get()
        #expect(r.status == 0, "\(r.stderr)")
        let (withDates, s) = try Self.train(signupDates: true)
        #expect(s.status == 0, "\(s.stderr)")
        let model = try Data(contentsOf: URL(fileURLWithPath: dir + "/model.json"))
        #expect(model == (try Data(contentsOf: URL(fileURLWithPath: withDates + "/model.json"))))
        // The generator plants responses after orders, so a customer's own past answering rate predicts the next
        // period's: the history slope is positive.
        let json = try JSONSerialization.jsonObject(with: model) as? [String: Any]
        let response = json?["forecast_response_model"] as? [String: Any]
        #expect((response?["history_slope"] as? Double ?? 0) > 0, "\(String(describing: response))")
    }

    @Test func forecastRunsOnTheLatestQuarter() throws {
        let (dir, _) = try Self.trained.get()
        let r = try CLIRunner.run(["forecast", "--data", dir, "--model", dir + "/model.json", "--as-of", "latest"],
                                  timeLimit: 300)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("NPS forecast for 2026-10-01 → 2026-12-31"), "\(r.stdout)")
    }
}
