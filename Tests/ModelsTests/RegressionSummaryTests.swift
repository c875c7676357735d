import Foundation
import Testing
@testable import Models

/// The shared summary renderer and the coefficient JSON encoding.
@Suite struct RegressionSummaryTests {
    let rows = [
        CoefficientEstimate(name: "intercept", estimate: -3482258.63459582, standardError: 890420.383607373,
                            statistic: -3.91080, pValue: 0.003560, confidenceLow: -5496529.48, confidenceHigh: -1467987.79),
        CoefficientEstimate(name: "region=north", estimate: 15.0618722713733, standardError: 84.9149257747669,
                            statistic: 0.17737, pValue: 0.863141, confidenceLow: -177.029, confidenceHigh: 207.153),
        CoefficientEstimate(name: "tiny", estimate: 1e-9, standardError: 1e-12, statistic: 1000, pValue: 1e-30,
                            confidenceLow: 0.99e-9, confidenceHigh: 1.01e-9),
    ]

    @Test func tableHasStatsmodelsLayout() {
        let summary = RegressionSummary(
            title: "OLS Regression Results",
            leftFields: [.init("Dep. Variable", "y"), .init("No. Observations", "16")],
            rightFields: [.init("R-squared", "0.995"), .init("AIC", "509.8")],
            coefficients: rows, statisticName: "t", notes: ["Standard errors assume homoskedastic errors."])
        let text = summary.rendered()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].trimmingCharacters(in: .whitespaces) == "OLS Regression Results")
        #expect(lines[1] == String(repeating: "=", count: lines[1].count) && lines[1].count >= 78)
        #expect(lines[2].hasPrefix("Dep. Variable:") && lines[2].hasSuffix("0.995"))
        // The right block starts at the middle of the line, as in statsmodels.
        #expect(lines[2].range(of: "R-squared:")?.lowerBound == lines[2].index(lines[2].startIndex, offsetBy: lines[1].count / 2))
        let header = lines[5]
        for column in ["coef", "std err", "t", "P>|t|", "[0.025", "0.975]"] { #expect(header.contains(column)) }
        #expect(lines[7].hasPrefix("intercept") && lines[7].contains("-3.48226e+06") && lines[7].contains("0.004"))
        #expect(lines[8].hasPrefix("region=north") && lines[8].contains("15.0619") && lines[8].contains("0.863"))
        #expect(lines[9].contains("<0.001") && lines[9].contains("1000.000"))
        #expect(text.contains("Notes:\n[1] Standard errors assume homoskedastic errors."))
        // Every table line has the same width.
        #expect(Set(lines[5...9].map { $0.count }).count == 1)
    }

    @Test func fewerDigitsWhenAsked() {
        let summary = RegressionSummary(title: "T", leftFields: [], rightFields: [], coefficients: [rows[1]],
                                        statisticName: "z", significantDigits: 3)
        let text = summary.rendered()
        #expect(text.contains(" 15.1 ") && !text.contains("15.06"))
        #expect(text.contains("P>|z|"))
    }

    @Test func jsonUsesSnakeCaseKeysAndNullForNonFinite() throws {
        let row = CoefficientEstimate(name: "x", estimate: 1, standardError: 0, statistic: .infinity, pValue: 0,
                                      confidenceLow: 1, confidenceHigh: 1)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(row), as: UTF8.self)
        #expect(json == #"{"ci_high":1,"ci_low":1,"estimate":1,"name":"x","p_value":0,"statistic":null,"std_error":0}"#)
        let back = try JSONDecoder().decode(CoefficientEstimate.self, from: Data(json.utf8))
        #expect(back.statistic.isNaN && back.estimate == 1 && back.name == "x")
    }

    @Test func errorsCarryExitCodesAndNameColumns() {
        let e = ModelsError.rankDeficient(rank: 2, columns: 3, dependencies: [
            ColumnDependency(column: "c", combinationOf: ["a", "b"])])
        #expect(e.exitCode == .dataError)
        #expect(e.description.contains("'c' is a linear combination of 'a', 'b'") && e.description.contains("rank 2 of 3"))
        #expect(ModelsError.invalidConfiguration(parameter: "ridge", value: "-1", expected: "λ ≥ 0").exitCode == .usage)
        #expect(ModelsError.constantColumn(name: "plan").description.contains("'plan' is constant"))
    }
}
