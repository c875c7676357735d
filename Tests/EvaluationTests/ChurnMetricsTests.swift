#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import Evaluation
import TestSupport

/// Hand-computed small cases, ties included, and properties every evaluation must have.
@Suite struct ChurnMetricsTests {
    // Scores 0.9 0.8 0.8 0.3 0.3 0.1 with outcomes 1 1 0 1 0 0 (P = 3, N = 3).
    let scores = [0.9, 0.8, 0.8, 0.3, 0.3, 0.1]
    let outcomes = [true, true, false, true, false, false]

    @Test func rocAUCCountsTiesAsHalf() throws {
        // Churner 0.9 beats all 3 stayers; 0.8 beats 2 and ties 1 (2.5); 0.3 beats 1 and ties 1 (1.5): 7 / 9.
        let m = try ChurnMetrics.evaluate(probabilities: scores, outcomes: outcomes)
        #expect(abs(m.rocAUC - 7.0 / 9.0) < 1e-15)
    }

    @Test func averagePrecisionByHand() throws {
        // Thresholds 0.9, 0.8, 0.3 add one churner each at precision 1, 2/3, 3/5: (1 + 2/3 + 3/5) / 3 = 34/45.
        let m = try ChurnMetrics.evaluate(probabilities: scores, outcomes: outcomes)
        #expect(abs(m.prAUC - 34.0 / 45.0) < 1e-15)
    }

    @Test func logLossAndBrierByHand() throws {
        let m = try ChurnMetrics.evaluate(probabilities: scores, outcomes: outcomes)
        let logLoss = -(log(0.9) + log(0.8) + log(0.2) + log(0.3) + log(0.7) + log(0.9)) / 6
        #expect(abs(m.logLoss - logLoss) < 1e-15)
        // (0.01 + 0.04 + 0.64 + 0.49 + 0.09 + 0.01) / 6.
        #expect(abs(m.brierScore - 1.28 / 6) < 1e-15)
    }

    @Test func logLossClipsCertainMistakes() throws {
        // p = 0 for a churner costs −ln(ε) with ε = 2.22e-16, i.e. 36.04, not infinity.
        let m = try ChurnMetrics.evaluate(probabilities: [0, 1], outcomes: [true, false])
        #expect(abs(m.logLoss - (-log(Double.ulpOfOne))) < 1e-12)
        #expect(m.rocAUC == 0)
    }

    @Test func topDecileSharesTiesAtTheCut() throws {
        // Top 10% of 6 customers is 0.6 of the 0.9 churner: capture 0.2, lift 2.
        let m = try ChurnMetrics.evaluate(probabilities: scores, outcomes: outcomes)
        #expect(abs(m.top.churners - 0.6) < 1e-15)
        #expect(abs(m.top.capture - 0.2) < 1e-15)
        #expect(abs(m.top.lift - 2) < 1e-14)
        // Top half (3 customers): 0.9 plus the 0.8 tie holding one churner of two: 2 churners, capture 2/3.
        let halves = try ChurnMetrics.evaluate(probabilities: scores, outcomes: outcomes,
                                               configuration: .init(gainsSlices: 2))
        #expect(abs(halves.gains[0].churners - 2) < 1e-15)
        #expect(abs(halves.gains[0].capture - 2.0 / 3.0) < 1e-15)
        #expect(abs(halves.gains[0].lift - 4.0 / 3.0) < 1e-15)
        #expect(abs(halves.gains[1].sliceRate - 1.0 / 3.0) < 1e-15)
        #expect(halves.gains[1].capture == 1)
        // Top third of the way into the 0.3 tie (4 customers): 2 + 1 · 1/2.
        let ranked = RankedOutcomes(scores: scores, outcomes: outcomes)
        #expect(ranked.positivesInTop(4) == 2.5)
    }

    @Test func equalCountCalibrationKeepsTiesTogether() throws {
        // Three bins of 6: {0.1, 0.3, 0.3} (mean 0.7/3, rate 1/3), {0.8, 0.8} (0.8, 1/2), {0.9} (0.9, 1).
        let m = try ChurnMetrics.evaluate(probabilities: scores, outcomes: outcomes,
                                          configuration: .init(calibrationBins: 3))
        let bins = m.calibration.bins
        #expect(bins.map(\.count) == [3, 2, 1])
        #expect(abs(bins[0].meanPredicted - 0.7 / 3) < 1e-15 && abs(bins[0].observedRate - 1.0 / 3) < 1e-15)
        #expect(bins[0].lower == 0.1 && bins[0].upper == 0.3)
        #expect(bins[1].meanPredicted == 0.8 && bins[1].observedRate == 0.5)
        // ECE = 3/6 · 0.1 + 2/6 · 0.3 + 1/6 · 0.1 = 1/6.
        #expect(abs(m.calibration.expectedCalibrationError - 1.0 / 6) < 1e-15)
    }

    @Test func equalWidthCalibrationByHand() throws {
        // Bins 1, 3, 8, 9: ECE = (1·0.1 + 2·0.2 + 2·0.3 + 1·0.1) / 6 = 0.2.
        let m = try ChurnMetrics.evaluate(probabilities: scores, outcomes: outcomes,
                                          configuration: .init(calibrationBinning: .equalWidth))
        #expect(m.calibration.bins.map(\.count) == [1, 2, 2, 1])
        #expect(m.calibration.bins.map(\.lower) == [0.1, 0.3, 0.8, 0.9])
        #expect(abs(m.calibration.expectedCalibrationError - 0.2) < 1e-15)
    }

    @Test func baseRateBaseline() throws {
        let m = try ChurnMetrics.baseRate(0.25, outcomes: outcomes)
        #expect(m.rocAUC == 0.5)
        #expect(m.prAUC == 0.5)  // the observed churn rate
        #expect(m.calibration.bins.count == 1)
        #expect(abs(m.calibration.expectedCalibrationError - 0.25) < 1e-15)
        #expect(abs(m.brierScore - (3 * 0.75 * 0.75 + 3 * 0.25 * 0.25) / 6) < 1e-15)
        #expect(abs(m.top.lift - 1) < 1e-15)
        #expect(m.rocCurve.map(\.x) == [0, 1] && m.rocCurve.map(\.y) == [0, 1])
    }

    @Test func rowOrderDoesNotMatter() throws {
        var g = SeededGenerator(seed: 7)
        let p = (0..<2_000).map { _ in (Double.random(in: 0..<1, using: &g) * 50).rounded() / 50 }
        let y = p.map { Double.random(in: 0..<1, using: &g) < $0 }
        var order = Array(p.indices)
        order.shuffle(using: &g)
        let a = try ChurnMetrics.evaluate(probabilities: p, outcomes: y)
        let b = try ChurnMetrics.evaluate(probabilities: order.map { p[$0] }, outcomes: order.map { y[$0] })
        #expect(a == b)
    }

    @Test func decimatedRocKeepsItsArea() throws {
        var g = SeededGenerator(seed: 11)
        let n = 100_000
        let p = (0..<n).map { _ in Double.random(in: 0..<1, using: &g) }
        let y = p.map { Double.random(in: 0..<1, using: &g) < 0.3 * $0 + 0.05 }
        let m = try ChurnMetrics.evaluate(probabilities: p, outcomes: y)
        #expect(m.rocCurve.count <= 200 && m.rocCurve.count > 150)
        #expect(m.precisionRecallCurve.count <= 200)
        #expect(m.rocCurve.first == CurvePoint(x: 0, y: 0, threshold: nil))
        #expect(m.rocCurve.last?.x == 1 && m.rocCurve.last?.y == 1)
        #expect(abs(CurvePoint.trapezoidArea(m.rocCurve) - m.rocAUC) < 2e-4)
    }

    @Test func perfectAndReversedRankings() throws {
        let p = [0.9, 0.7, 0.4, 0.2]
        let perfect = try ChurnMetrics.evaluate(probabilities: p, outcomes: [true, true, false, false])
        #expect(perfect.rocAUC == 1 && perfect.prAUC == 1)
        let reversed = try ChurnMetrics.evaluate(probabilities: p, outcomes: [false, false, true, true])
        #expect(reversed.rocAUC == 0)
        #expect(abs(reversed.prAUC - (1.0 / 3 + 2.0 / 4) / 2) < 1e-15)
    }

    @Test func refusesWhatCannotBeEvaluated() {
        #expect(throws: EvaluationError.empty(what: "m")) {
            try ChurnMetrics.evaluate(probabilities: [], outcomes: [], what: "m")
        }
        #expect(throws: EvaluationError.singleClass(what: "m", rows: 2, positives: 0)) {
            try ChurnMetrics.evaluate(probabilities: [0.1, 0.2], outcomes: [false, false], what: "m")
        }
        #expect(throws: EvaluationError.invalidProbability(what: "m", row: 1, found: 1.5)) {
            try ChurnMetrics.evaluate(probabilities: [0.1, 1.5], outcomes: [true, false], what: "m")
        }
        #expect(throws: EvaluationError.self) {
            try ChurnMetrics.evaluate(probabilities: [0.1, .nan], outcomes: [true, false])
        }
        #expect(throws: EvaluationError.invalidConfiguration(field: "topFraction", expected: "a share in (0, 1]",
                                                             found: "0.0")) {
            try ChurnMetrics.evaluate(probabilities: [0.1, 0.2], outcomes: [true, false],
                                      configuration: .init(topFraction: 0))
        }
    }

    @Test func messagesSayWhatWasExpected() {
        let e = EvaluationError.singleClass(what: "churn model", rows: 120, positives: 0)
        #expect(e.description.contains("none of the 120 customers churned"))
        #expect(e.exitCode == .dataError)
        #expect(EvaluationError.invalidProbability(what: "churn model", row: 4, found: 2).description
            == "churn model, row 5: expected a probability in [0, 1], found 2.0")
    }
}
