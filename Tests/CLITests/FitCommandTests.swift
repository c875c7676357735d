import Foundation
import Testing

/// `churncast fit linear` end to end: exit codes (SPEC section 4) and messages on bad input, output on good input.
@Suite struct FitCommandTests {
    @Test func missingFileIs66() throws {
        let r = try CLIRunner.run(["fit", "linear", "--csv", "/nonexistent/data.csv", "--target", "y"])
        #expect(r.status == 66)
        #expect(r.stderr.contains("/nonexistent/data.csv") && r.stdout.isEmpty)
    }

    @Test func missingTargetColumnIs65AndListsColumns() throws {
        let r = try CLIRunner.run(["fit", "linear", "--csv", CLIRunner.badInput("good.csv"), "--target", "revenue"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("no column named \"revenue\"; the columns are \"a\", \"b\", \"y\""))
    }

    @Test func nonNumericValueNamesFileLineAndColumn() throws {
        let r = try CLIRunner.run(["fit", "linear", "--csv", CLIRunner.badInput("non_numeric.csv"), "--target", "y"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("non_numeric.csv, line 3, column 2 (b)") && r.stderr.contains("\"oops\""))
    }

    @Test func emptyFileIs65() throws {
        let r = try CLIRunner.run(["fit", "linear", "--csv", CLIRunner.badInput("empty.csv"), "--target", "y"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("empty.csv"))
        let headerOnly = try CLIRunner.run(["fit", "linear", "--csv", CLIRunner.badInput("header_only.csv"), "--target", "y"])
        #expect(headerOnly.status == 65 && headerOnly.stderr.contains("no data rows"))
    }

    @Test func constantColumnIs65AndNamed() throws {
        let r = try CLIRunner.run(["fit", "linear", "--csv", CLIRunner.badInput("constant.csv"), "--target", "y"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("'b' is constant"))
    }

    @Test func missingValueIsNamedOrDropped() throws {
        let path = CLIRunner.badInput("missing_value.csv")
        let r = try CLIRunner.run(["fit", "linear", "--csv", path, "--target", "y"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("missing_value.csv, line 4, column 2 (b)") && r.stderr.contains("--drop-missing"))
        let dropped = try CLIRunner.run(["fit", "linear", "--csv", path, "--target", "y", "--drop-missing", "--json"])
        #expect(dropped.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(dropped.stdout.utf8)) as? [String: Any]
        #expect(json?["dropped_missing"] as? Int == 1 && json?["n"] as? Int == 5)
    }

    @Test func usageErrorsAre64() throws {
        let good = CLIRunner.badInput("good.csv")
        #expect(try CLIRunner.run(["fit", "linear", "--csv", good, "--target", "y", "--ridge", "-1"]).status == 64)
        #expect(try CLIRunner.run(["fit", "linear", "--csv", good, "--target", "y", "--cv", "1"]).status == 64)
        #expect(try CLIRunner.run(["fit", "linear", "--csv", good]).status == 64)
    }

    /// The README's main-job command on the bundled Longley table: the summary and the JSON agree with NIST's
    /// certified coefficients (Tests/ModelsTests/Fixtures/NIST/Longley.txt).
    @Test func bundledLongleyTable() throws {
        let csv = CLIRunner.repositoryRoot.appendingPathComponent("datasets/longley.csv").path
        let text = try CLIRunner.run(["fit", "linear", "--csv", csv, "--target", "y"])
        #expect(text.status == 0 && text.stderr.isEmpty)
        #expect(text.stdout.contains("OLS Regression Results") && text.stdout.contains("R-squared:"))
        #expect(text.stdout.contains("-3.48226e+06") && text.stdout.contains("1829.15"))
        let json = try CLIRunner.run(["fit", "linear", "--csv", csv, "--target", "y", "--json", "--cv", "4"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["model"] as? String == "linear" && object["n"] as? Int == 16)
        #expect(object["converged"] as? Bool == true && object["iterations"] is Int)
        let terms = try #require(object["terms"] as? [[String: Any]])
        #expect(terms.first?["name"] as? String == "intercept" && terms.count == 7)
        let intercept = try #require(terms.first?["estimate"] as? Double)
        #expect(abs(intercept - -3482258.63459582) <= 1e-9 * 3482258.63459582)
        for key in ["std_error", "statistic", "p_value", "ci_low", "ci_high"] { #expect(terms[1][key] is Double) }
        let cv = try #require(object["cv"] as? [String: Any])
        #expect((cv["folds"] as? [Any])?.count == 4 && cv["mean"] is Double && cv["metric"] as? String == "rmse")
        for key in ["r_squared", "adj_r_squared", "f_statistic", "f_p_value", "aic", "bic", "log_likelihood",
                    "residual_std_error", "df_model", "df_residuals"] {
            #expect(object[key] != nil, "missing \(key)")
        }
    }
}
