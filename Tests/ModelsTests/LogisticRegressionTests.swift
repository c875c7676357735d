import Foundation
import Testing
import LinearAlgebra
import Support
@testable import Models

/// Known answers for logistic regression that need no outside program, plus configuration and data errors.
@Suite struct LogisticRegressionTests {
    /// One binary predictor: the MLE reproduces the 2×2 table. With counts n(x, y),
    /// ```
    /// β₀ = log(n(0,1)/n(0,0)),  β₁ = log(n(1,1)/n(1,0)) − β₀
    /// SE(β₀) = √(1/n(0,0) + 1/n(0,1)),  SE(β₁) = √(Σ 1/n(x,y))   (the log odds ratio's standard error)
    /// ```
    @Test func twoByTwoTableGivesLogOddsRatio() throws {
        let counts: [(x: Double, y: Double, n: Int)] = [(0, 0, 7), (0, 1, 3), (1, 0, 4), (1, 1, 6)]
        var xs: [Double] = [], ys: [Double] = []
        for c in counts { for _ in 0..<c.n { xs.append(c.x); ys.append(c.y) } }
        let fit = try LogisticRegression().fit(x: Matrix(columns: [xs]), y: ys, names: ["treated"])
        let b0 = log(3.0 / 7), b1 = log(6.0 / 4) - b0
        #expect(abs(fit.coefficients[0] - b0) < 1e-10)
        #expect(abs(fit.coefficients[1] - b1) < 1e-10)
        #expect(abs(fit.standardErrors[0] - (1.0 / 7 + 1.0 / 3).squareRoot()) < 1e-10)
        #expect(abs(fit.standardErrors[1] - (1.0 / 7 + 1.0 / 3 + 1.0 / 4 + 1.0 / 6).squareRoot()) < 1e-10)
        // Saturated in x: ℓ = Σ n log p̂ by cell; ℓ₀ from the overall rate 9/20.
        let ll = 7 * log(0.7) + 3 * log(0.3) + 4 * log(0.4) + 6 * log(0.6)
        let ll0 = 9 * log(0.45) + 11 * log(0.55)
        #expect(abs(fit.statistics.logLikelihood - ll) < 1e-10)
        #expect(abs(fit.statistics.nullLogLikelihood - ll0) < 1e-10)
        #expect(fit.statistics.likelihoodRatioDegreesOfFreedom == 1)
        #expect(fit.termNames == ["intercept", "treated"])
        #expect(fit.convergence.converged && fit.convergence.maxAbsGradient < 1e-8)
    }

    @Test func frequencyWeightsEqualRepeatedRows() throws {
        // Weight 3 on a row is the same likelihood as three copies of it.
        let x = Matrix(columns: [[0.5, 1.2, -0.3, 2.0, 0.1, -1.5, 0.7]])
        let y: [Double] = [0, 1, 0, 1, 1, 0, 0]
        let weights: [Double] = [1, 3, 1, 2, 1, 1, 3]
        let weighted = try LogisticRegression().fit(x: x, y: y, weights: weights, names: ["a"])
        var rows: [Double] = [], ys: [Double] = []
        for i in 0..<7 { for _ in 0..<Int(weights[i]) { rows.append(x[i, 0]); ys.append(y[i]) } }
        let repeated = try LogisticRegression().fit(x: Matrix(columns: [rows]), y: ys, names: ["a"])
        #expect(maxRelativeDifference(weighted.coefficients, repeated.coefficients) < 1e-10)
        #expect(maxRelativeDifference(weighted.standardErrors, repeated.standardErrors) < 1e-10)
        #expect(abs(weighted.statistics.logLikelihood - repeated.statistics.logLikelihood) < 1e-10)
    }

    @Test func predictionsAreTheLogisticOfTheLinearPredictor() throws {
        let data = try LogisticFixture.load("spector")
        let fit = try LogisticRegression().fit(x: data.x, y: data.y, names: data.names)
        let p = fit.predictProbability(x: data.x)
        for i in 0..<data.y.count {
            var eta = fit.coefficients[0]
            for j in 0..<3 { eta += fit.coefficients[j + 1] * data.x[i, j] }
            #expect(abs(p[i] - 1 / (1 + exp(-eta))) < 1e-14)
        }
    }

    @Test func resultsDoNotDependOnTheThreadCount() throws {
        let data = PlantedLogistic(rows: 40_000, intercept: -1, slopes: [0.8, -0.5], seed: 7)
        let one = try LogisticRegression().fit(x: data.x, y: data.y, names: ["a", "b"], threads: 1)
        let two = try LogisticRegression().fit(x: data.x, y: data.y, names: ["a", "b"], threads: 2)
        #expect(one.coefficients == two.coefficients)
        #expect(one.covariance == two.covariance)
    }

    @Test func plantedCoefficientsAreRecovered() throws {
        // 40,000 rows from a known model: each estimate within 4 standard errors of the truth.
        let data = PlantedLogistic(rows: 40_000, intercept: -1, slopes: [0.8, -0.5], seed: 11)
        let fit = try LogisticRegression().fit(x: data.x, y: data.y, names: ["a", "b"])
        for (j, truth) in [-1, 0.8, -0.5].enumerated() {
            #expect(abs(fit.coefficients[j] - truth) < 4 * fit.standardErrors[j])
        }
    }

    @Test func invalidConfigurationIsAUsageError() {
        let bad = [LogisticRegression(l2: -1), LogisticRegression(l2: .nan), LogisticRegression(maxIterations: 0),
                   LogisticRegression(tolerance: 0), LogisticRegression(tolerance: 1)]
        for configuration in bad {
            #expect(throws: ModelsError.self) { try configuration.validate() }
            do { try configuration.validate() } catch let error as ModelsError {
                #expect(error.exitCode == .usage)
                #expect(error.description.hasPrefix("invalid "))
            } catch { Issue.record("unexpected \(error)") }
        }
        #expect(throws: Never.self) { try LogisticRegression(l2: 2, classWeight: .balanced).validate() }
    }

    @Test func badDataIsReportedWithItsRow() {
        let x = Matrix(columns: [[1, 2, 3, 4], [0.5, 0.1, 0.9, 0.3]])
        let names = ["a", "b"]
        #expect(throws: ModelsError.nonBinaryTarget(row: 2, value: 2)) {
            try LogisticRegression().fit(x: x, y: [0, 1, 2, 1], names: names)
        }
        #expect(throws: ModelsError.singleClass(value: 1, rows: 4)) {
            try LogisticRegression().fit(x: x, y: [1, 1, 1, 1], names: names)
        }
        #expect(throws: ModelsError.invalidWeight(row: 1, value: -1)) {
            try LogisticRegression().fit(x: x, y: [0, 1, 0, 1], weights: [1, -1, 1, 1], names: names)
        }
        var withNaN = x
        withNaN[3, 1] = .nan
        #expect(throws: ModelsError.nonFiniteValue(column: "b", row: 3)) {
            try LogisticRegression().fit(x: withNaN, y: [0, 1, 0, 1], names: names)
        }
        var withInfinity = x
        withInfinity[1, 0] = -.infinity
        #expect(throws: ModelsError.nonFiniteValue(column: "a", row: 1)) {
            try LogisticRegression(l2: 1).fit(x: withInfinity, y: [0, 1, 0, 1], names: names)
        }
        #expect(throws: ModelsError.tooFewObservations(observations: 2, parameters: 3)) {
            try LogisticRegression().fit(x: x, y: [0, 1, 0, 1], weights: [1, 1, 0, 0], names: names)
        }
    }

    @Test func collinearColumnsAreNamed() throws {
        let data = PlantedLogistic(rows: 500, intercept: 0, slopes: [1, -1], seed: 3)
        let a = data.x.column(0), b = data.x.column(1)
        let sum = zip(a, b).map { $0 + 2 * $1 }
        let x = Matrix(columns: [a, b, sum])
        do {
            _ = try LogisticRegression().fit(x: x, y: data.y, names: ["a", "b", "a+2b"])
            Issue.record("expected rank deficiency")
        } catch let error as ModelsError {
            guard case .rankDeficient(let rank, let columns, let dependencies) = error else {
                Issue.record("unexpected \(error)"); return
            }
            #expect(rank == 3 && columns == 4 && dependencies.count == 1)
            let named = Set([dependencies[0].column] + dependencies[0].combinationOf)
            #expect(named == ["a", "b", "a+2b"])
            #expect(error.exitCode == .dataError)
        }
        // With a penalty the answer is finite.
        let penalised = try LogisticRegression(l2: 1).fit(x: x, y: data.y, names: ["a", "b", "a+2b"])
        #expect(penalised.coefficients.allSatisfy { $0.isFinite })
    }

    @Test func constantColumnIsNamed() {
        let data = PlantedLogistic(rows: 200, intercept: 0, slopes: [1], seed: 5)
        let x = Matrix(columns: [data.x.column(0), [Double](repeating: 4, count: 200)])
        #expect(throws: ModelsError.constantColumn(name: "four")) {
            try LogisticRegression().fit(x: x, y: data.y, names: ["a", "four"])
        }
    }

    @Test func configurationAndResultRoundTripThroughJSON() throws {
        let data = try LogisticFixture.load("spector")
        let fit = try LogisticRegression(l2: 0.5, classWeight: .balanced).fit(x: data.x, y: data.y, names: data.names)
        let decoded = try JSONDecoder().decode(LogisticRegressionResult.self, from: JSONEncoder().encode(fit))
        #expect(decoded == fit)
        #expect(decoded.predictProbability(x: data.x) == fit.predictProbability(x: data.x))
    }

    @Test func summaryLabelsPenalisedStandardErrors() throws {
        let data = try LogisticFixture.load("spector")
        let plain = try LogisticRegression().fit(x: data.x, y: data.y, names: data.names).summary(target: "GRADE")
        let text = plain.rendered()
        #expect(text.contains("Logit Regression Results"))
        #expect(text.contains("nonrobust") && text.contains("MLE"))
        #expect(text.contains("-13.0213"))  // statsmodels prints -13.0213 for the intercept
        let penalised = try LogisticRegression(l2: 1).fit(x: data.x, y: data.y, names: data.names)
            .summary(target: "GRADE").rendered()
        #expect(penalised.contains("Penalised MLE (L2)") && penalised.contains("penalised Hessian"))
    }
}
