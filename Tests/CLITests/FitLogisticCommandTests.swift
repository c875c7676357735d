import Foundation
import Testing

/// `churncast fit logistic` end to end: statsmodels' numbers on the Spector & Mazzeo table, the binary target
/// spellings, separation, a third target value, cross-validation and usage errors.
@Suite struct FitLogisticCommandTests {
    static let fixtures = CLIRunner.repositoryRoot.appendingPathComponent("Tests/ModelsTests/Fixtures/Logistic")

    /// The JSON terms agree with statsmodels' Logit (logistic_references.json, made by make_references.py).
    @Test func spectorMatchesStatsmodels() throws {
        let csv = Self.fixtures.appendingPathComponent("spector.csv").path
        let r = try CLIRunner.run(["fit", "logistic", "--csv", csv, "--target", "GRADE", "--json"])
        #expect(r.status == 0 && r.stderr.isEmpty)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let references = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.fixtures.appendingPathComponent("logistic_references.json"))) as? [String: Any]
        let spector = try #require(references?["spector"] as? [String: Any])
        let mle = try #require((spector["mle"] as? [[String: Any]])?.first)
        let terms = try #require(json["terms"] as? [[String: Any]])
        #expect(terms.map { $0["name"] as? String } == ["intercept", "GPA", "TUCE", "PSI"])
        let estimates = try #require(mle["estimate"] as? [Double]), errors = try #require(mle["std_error"] as? [Double])
        for (j, term) in terms.enumerated() {
            let b = try #require(term["estimate"] as? Double), se = try #require(term["std_error"] as? Double)
            #expect(abs(b - estimates[j]) <= 1e-6 * abs(estimates[j]))
            #expect(abs(se - errors[j]) <= 1e-6 * errors[j])
        }
        #expect(json["model"] as? String == "logistic" && json["n"] as? Int == 32)
        #expect(json["converged"] as? Bool == true && (json["iterations"] as? Int ?? 0) > 0)
        for key in ["log_likelihood", "null_log_likelihood", "pseudo_r_squared", "lr_statistic", "lr_p_value", "aic",
                    "bic"] {
            #expect(json[key] is Double, "\(key)")
        }
        let text = try CLIRunner.run(["fit", "logistic", "--csv", csv, "--target", "GRADE"])
        #expect(text.status == 0 && text.stdout.contains("Logit Regression Results"))
    }

    @Test func separationIs65AndNamesTheColumn() throws {
        let csv = CLIRunner.badInput("separated.csv")
        let r = try CLIRunner.run(["fit", "logistic", "--csv", csv, "--target", "passed"])
        #expect(r.status == 65 && r.stdout.isEmpty)
        #expect(r.stderr.contains("separation by 'hours'") && !r.stderr.contains("'noise'"))
        let penalised = try CLIRunner.run(["fit", "logistic", "--csv", csv, "--target", "passed", "--l2", "1", "--json"])
        #expect(penalised.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(penalised.stdout.utf8)) as? [String: Any])
        let terms = try #require(json["terms"] as? [[String: Any]])
        #expect(terms.count == 3 && terms.allSatisfy { ($0["estimate"] as? Double)?.isFinite == true })
        #expect(json["std_error_kind"] as? String == "penalised_hessian")
    }

    @Test func thirdTargetValueIs65AndNamed() throws {
        let r = try CLIRunner.run(["fit", "logistic", "--csv", CLIRunner.badInput("third_value.csv"),
                                   "--target", "churned"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("third_value.csv, line 4, column 3 (churned)") && r.stderr.contains("\"maybe\""))
    }

    @Test func stratifiedCrossValidationReportsEachFold() throws {
        let csv = Self.fixtures.appendingPathComponent("anes96.csv").path
        let r = try CLIRunner.run(["fit", "logistic", "--csv", csv, "--target", "vote", "--cv", "5", "--json"])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let cv = try #require(json["cv"] as? [String: Any])
        let folds = try #require(cv["folds"] as? [[String: Any]])
        #expect(folds.count == 5 && cv["metric"] as? String == "roc_auc" && cv["stratified"] as? Bool == true)
        let values = folds.compactMap { $0["value"] as? Double }
        #expect(values.count == 5 && values.allSatisfy { $0 > 0.5 && $0 <= 1 })
        let mean = try #require(cv["mean"] as? Double)
        #expect(abs(mean - values.reduce(0, +) / 5) < 1e-12)
        // Test folds partition the 944 rows.
        #expect(folds.compactMap { $0["n_test"] as? Int }.reduce(0, +) == 944)
        // Too many folds for the smaller class is a usage error naming the limit.
        let small = try CLIRunner.run(["fit", "logistic", "--csv", CLIRunner.badInput("separated.csv"),
                                       "--target", "passed", "--l2", "1", "--cv", "5"])
        #expect(small.status == 64 && small.stderr.contains("number of folds"))
    }

    @Test func usageErrorsAre64() throws {
        let csv = CLIRunner.badInput("separated.csv")
        #expect(try CLIRunner.run(["fit", "logistic", "--csv", csv, "--target", "passed", "--l2", "-1"]).status == 64)
        #expect(try CLIRunner.run(["fit", "logistic", "--csv", csv, "--target", "passed", "--class-weight", "odd"])
            .status == 64)
    }
}
