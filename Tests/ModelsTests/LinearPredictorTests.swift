import LinearAlgebra
import Models
import Testing

/// The one fitted predictor: hand-computed known answers, and the same numbers as the results that make it.
@Suite struct LinearPredictorTests {
    /// β₀ = 0.5, β = (2, −1); rows (1, 0), (0, 3), (−10, 0) give η = 2.5, −2.5, −19.5 by hand, and
    /// probabilities computed in Python as 1/(1+exp(−η)) (η ≥ 0) or exp(η)/(1+exp(η)):
    /// 0.9241418199787566, 0.07585818002124356, 3.3982678079468468e-09.
    @Test func linearPredictorAndProbabilityHaveTheirKnownValues() {
        let predictor = LinearPredictor(intercept: 0.5, slopes: [2, -1])
        let x = Matrix(columns: [[1, 0, -10], [0, 3, 0]])
        #expect(predictor.linearPredictor(x) == [2.5, -2.5, -19.5])
        #expect(predictor.predict(x) == [2.5, -2.5, -19.5])
        let p = predictor.probability(x)
        let expected = [0.9241418199787566, 0.07585818002124356, 3.3982678079468468e-09]
        for (a, b) in zip(p, expected) { #expect(abs(a - b) <= 2e-16 * max(b, 1e-300) + 1e-24) }
    }

    /// The sigmoid does not overflow: e^800 is infinite in double precision, so the naive e^η/(1+e^η) would give
    /// NaN at η = 800; the safe form gives 1 there and e^−800 (0 after underflow) at η = −800.
    @Test func logisticIsSafeAtLargeMagnitudes() {
        #expect(LinearPredictor.logistic(800) == 1)
        #expect(LinearPredictor.logistic(-800) == 0)
        #expect(LinearPredictor.logistic(0) == 0.5)
    }

    /// Built from a coefficient table (the model file's form) or from coefficients, with or without intercept.
    @Test func buildsFromCoefficientsAndFromTerms() {
        #expect(LinearPredictor(coefficients: [1, 2, 3], intercept: true) == LinearPredictor(intercept: 1, slopes: [2, 3]))
        #expect(LinearPredictor(coefficients: [1, 2, 3], intercept: false) == LinearPredictor(intercept: 0, slopes: [1, 2, 3]))
        let terms = [1.0, 2, 3].enumerated().map { j, b in
            CoefficientEstimate(name: "t\(j)", estimate: b, standardError: 1, statistic: b, pValue: 0.5,
                                confidenceLow: b - 2, confidenceHigh: b + 2)
        }
        #expect(LinearPredictor(terms: terms) == LinearPredictor(intercept: 1, slopes: [2, 3]))
    }

    /// The regressions' predictor is their fitted coefficients: its predictions equal β₀ + x₁β₁ + x₂β₂ worked out
    /// row by row here (to rounding).
    @Test func regressionResultsPredictWithTheirCoefficients() throws {
        let a: [Double] = [0, 1, 2, 3, 4, 5, 6, 7], b: [Double] = [1, 0, 1, 1, 0, 0, 1, 0]
        let x = Matrix(columns: [a, b])
        let logistic = try LogisticRegression(l2: 1).fit(x: x, y: [0, 0, 1, 0, 1, 1, 1, 0], names: ["a", "b"])
        let linear = try LinearRegression().fit(x: x, y: [1, 2, 2, 4, 5, 5, 7, 8], names: ["a", "b"])
        for (fit, predicted) in [(logistic.coefficients, logistic.linearPredictor(x: x)),
                                 (linear.coefficients, linear.predict(x))] {
            for i in a.indices {
                let eta = fit[0] + a[i] * fit[1] + b[i] * fit[2]
                #expect(abs(predicted[i] - eta) <= 1e-12 * max(1, abs(eta)))
            }
        }
        #expect(logistic.predictProbability(x: x) == logistic.linearPredictor(x: x).map(LinearPredictor.logistic))
    }
}
