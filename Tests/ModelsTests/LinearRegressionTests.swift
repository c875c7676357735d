import Foundation
import Testing
import LinearAlgebra
@testable import Models

/// One case of Fixtures/linear_reference.json (made by scripts/reference/linear_statsmodels.py).
struct LinearReferenceCase: Decodable {
    let name: String
    let names: [String]
    let intercept: Bool
    let ridge: Double
    let x: [[Double]]
    let y: [Double]
    let params: [Double]
    let bse: [Double]
    let tvalues, pvalues, ciLow, ciHigh: [Double]?
    let rsquared, rsquaredAdj, fvalue, fPvalue, llf, aic, bic, residStdErr, rss: Double?

    enum CodingKeys: String, CodingKey {
        case name, names, intercept, ridge, x, y, params, bse, tvalues, pvalues, rsquared, fvalue, llf, aic, bic, rss
        case ciLow = "ci_low", ciHigh = "ci_high", rsquaredAdj = "rsquared_adj", fPvalue = "f_pvalue"
        case residStdErr = "resid_std_err"
    }

    static func all() throws -> [LinearReferenceCase] {
        struct File: Decodable { let cases: [LinearReferenceCase] }
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/linear_reference.json")
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases
    }
}

func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
    abs(a - b) <= tolerance * max(abs(b), 1e-300)
}

@Suite struct LinearRegressionTests {
    /// Every number statsmodels prints for OLS, on Longley and stackloss (with and without intercept).
    /// statsmodels solves by pseudo-inverse, good to about 1e-9 on Longley, so that case gets a looser tolerance.
    @Test(arguments: ["longley", "stackloss", "stackloss_origin"])
    func matchesStatsmodels(_ name: String) throws {
        let ref = try #require(try LinearReferenceCase.all().first { $0.name == name })
        let tol = name == "longley" ? 1e-8 : 1e-10
        let result = try LinearRegression(intercept: ref.intercept).fit(x: Matrix(rowMajor: ref.x), y: ref.y, names: ref.names)
        #expect(result.termNames == (ref.intercept ? ["intercept"] : []) + ref.names)
        let table = result.coefficientTable()
        for j in ref.params.indices {
            #expect(close(table[j].estimate, ref.params[j], tol), "\(name) estimate \(j)")
            #expect(close(table[j].standardError, ref.bse[j], tol), "\(name) std err \(j)")
            #expect(close(table[j].statistic, ref.tvalues![j], tol), "\(name) t \(j)")
            #expect(close(table[j].pValue, ref.pvalues![j], 1e-7), "\(name) p \(j)")
            #expect(close(table[j].confidenceLow, ref.ciLow![j], tol), "\(name) ci low \(j)")
            #expect(close(table[j].confidenceHigh, ref.ciHigh![j], tol), "\(name) ci high \(j)")
        }
        #expect(close(result.rSquared, ref.rsquared!, 1e-12))
        #expect(close(result.adjustedRSquared, ref.rsquaredAdj!, 1e-12))
        #expect(close(result.fStatistic, ref.fvalue!, 1e-9))
        #expect(close(result.fPValue, ref.fPvalue!, 1e-7))
        #expect(close(result.logLikelihood, ref.llf!, 1e-11))
        #expect(close(result.aic, ref.aic!, 1e-11))
        #expect(close(result.bic, ref.bic!, 1e-11))
        #expect(close(result.residualStandardError, ref.residStdErr!, 1e-10))
    }

    /// Ridge coefficients equal scikit-learn's `Ridge(alpha: λ)` (intercept unpenalised); standard errors equal
    /// `σ̂ √diag((AᵀA + diag(0, λ, …))⁻¹)`.
    @Test func ridgeMatchesScikitLearn() throws {
        let ref = try #require(try LinearReferenceCase.all().first { $0.name == "stackloss_ridge" })
        let result = try LinearRegression(ridge: ref.ridge).fit(x: Matrix(rowMajor: ref.x), y: ref.y, names: ref.names)
        for j in ref.params.indices {
            #expect(close(result.coefficients[j], ref.params[j], 1e-10), "ridge estimate \(j)")
            #expect(close(result.standardErrors[j], ref.bse[j], 1e-9), "ridge std err \(j)")
        }
        #expect(close(result.residualSumOfSquares, ref.rss!, 1e-11))
        let summary = result.summary(target: "stack.loss")
        #expect(summary.notes.contains { $0.contains("penalised Hessian") })
        #expect(summary.title == "Ridge Regression Results")
    }

    /// Hand-computed: y = 1 + 2x exactly at x = 0…4 plus residuals (+1, −1, 0, −1, +1) orthogonal to [1, x].
    @Test func handComputedLine() throws {
        let x: [Double] = [0, 1, 2, 3, 4]
        let y: [Double] = [2, 2, 5, 6, 10]
        let result = try LinearRegression().fit(x: Matrix(columns: [x]), y: y, names: ["x"])
        #expect(close(result.coefficients[0], 1, 1e-14) && close(result.coefficients[1], 2, 1e-14))
        // RSS = 4, σ̂² = 4/3; Var(slope) = σ̂²/Σ(x−x̄)² = (4/3)/10; Var(intercept) = σ̂²(1/5 + 4/10).
        #expect(close(result.residualSumOfSquares, 4, 1e-13))
        #expect(close(result.standardErrors[1], (4.0 / 30).squareRoot(), 1e-13))
        #expect(close(result.standardErrors[0], (4.0 / 3 * 0.6).squareRoot(), 1e-13))
        // TSS = Σ(y − 5)² = 9+9+0+1+25 = 44 → R² = 1 − 4/44.
        #expect(close(result.rSquared, 40.0 / 44, 1e-14))
        #expect(result.predict(Matrix(columns: [[10]])) == [21])
    }

    @Test func rankDeficiencyNamesTheColumns() throws {
        let a: [Double] = [1, 2, 3, 4, 5, 6, 7], b: [Double] = [2, 1, 0, 1, 2, 5, 3]
        let c = zip(a, b).map { $0 + 2 * $1 }
        let y: [Double] = [1, 3, 2, 5, 4, 6, 8]
        let error = #expect(throws: ModelsError.self) {
            try LinearRegression().fit(x: Matrix(columns: [a, b, c]), y: y, names: ["a", "b", "c"])
        }
        guard case .rankDeficient(let rank, let columns, let dependencies)? = error else {
            Issue.record("expected rankDeficient, got \(String(describing: error))"); return
        }
        #expect(rank == 3 && columns == 4 && dependencies.count == 1)
        #expect(Set([dependencies[0].column] + dependencies[0].combinationOf) == ["a", "b", "c"])
        #expect(error?.exitCode == .dataError)
    }

    /// One-hot columns for every level sum to the intercept: the message says so.
    @Test func dummyTrapInvolvesTheIntercept() throws {
        let red: [Double] = [1, 0, 0, 1, 0, 0], green: [Double] = [0, 1, 0, 0, 1, 0], blue: [Double] = [0, 0, 1, 0, 0, 1]
        let size: [Double] = [1, 4, 2, 8, 5, 7]
        let error = #expect(throws: ModelsError.self) {
            try LinearRegression().fit(x: Matrix(columns: [red, green, blue, size]), y: [3, 1, 4, 1, 5, 9],
                                       names: ["color=red", "color=green", "color=blue", "size"])
        }
        guard case .rankDeficient(_, _, let dependencies)? = error else { Issue.record("no rank error"); return }
        let involved = Set([dependencies[0].column] + dependencies[0].combinationOf)
        #expect(involved == ["intercept", "color=red", "color=green", "color=blue"])
    }

    @Test func badInputsAreExplained() throws {
        let x = Matrix(columns: [[1, 2, 3, 4], [5, 5, 5, 5]])
        #expect(throws: ModelsError.constantColumn(name: "flat")) {
            try LinearRegression().fit(x: x, y: [1, 2, 3, 5], names: ["a", "flat"])
        }
        #expect(throws: ModelsError.tooFewObservations(observations: 2, parameters: 2)) {
            try LinearRegression().fit(x: Matrix(columns: [[1, 2]]), y: [1, 2], names: ["a"])
        }
        #expect(throws: ModelsError.nonFiniteValue(column: "a", row: 2)) {
            try LinearRegression().fit(x: Matrix(columns: [[1, 2, .nan, 4]]), y: [1, 2, 3, 4], names: ["a"])
        }
        #expect(throws: ModelsError.self) {
            try LinearRegression(ridge: -1).fit(x: Matrix(columns: [[1, 2, 3, 4]]), y: [1, 2, 3, 4], names: ["a"])
        }
        #expect(ModelsError.invalidConfiguration(parameter: "ridge penalty", value: "-1.0", expected: "").exitCode == .usage)
    }

    @Test func configurationAndResultRoundTripThroughJSON() throws {
        let config = LinearRegression(intercept: false, ridge: 0.5, rankTolerance: 1e-9)
        let decoded = try JSONDecoder().decode(LinearRegression.self, from: JSONEncoder().encode(config))
        #expect(decoded == config)
        let result = try LinearRegression().fit(x: Matrix(columns: [[0, 1, 2, 3, 4]]), y: [2, 2, 5, 6, 10], names: ["x"])
        let back = try JSONDecoder().decode(LinearRegressionResult.self, from: JSONEncoder().encode(result))
        #expect(back == result)
    }
}
