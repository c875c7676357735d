import Testing
@testable import Evaluation

@Suite struct RegressionMetricsTests {
    @Test func byHand() throws {
        // Errors −1, 0, −2: RMSE √(5/3), MAE 1, bias −1.
        let m = try RegressionMetrics.evaluate(predicted: [1, 2, 3], actual: [2, 2, 5])
        #expect(m.count == 3)
        #expect(abs(m.rmse - (5.0 / 3).squareRoot()) < 1e-15)
        #expect(m.mae == 1 && m.bias == -1)
    }

    @Test func refusesNaNAndEmpty() {
        #expect(throws: EvaluationError.empty(what: "x")) {
            try RegressionMetrics.evaluate(predicted: [], actual: [], what: "x")
        }
        #expect(throws: EvaluationError.self) { try RegressionMetrics.evaluate(predicted: [1, .nan], actual: [1, 2]) }
    }
}
