import Ingest
import Testing
@testable import Forecast

/// The combination weight and its figures on hand-made backtest errors (arithmetic in the comments). Each period's
/// known variance is 1 and no anchor or naive variance is recorded, so σₜ² = 1 and w = Σde / (Σd² + 1/0.25).
@Suite struct ForecastCombinationTests {
    let day = Day(year: 2025, month: 3, day: 31)!

    func quarter(_ t: Int, model f: Double, actual a: Double, naive n: Double?) -> BacktestQuarter {
        BacktestQuarter(asOf: day.adding(days: 91 * t), forecast: f, knownVariance: 1, actual: a, naive: n)
    }

    @Test func leastSquaresWeightShrunkTowardNaive() {
        // Model changes d = F − N = 2, −1, 3; actual changes e = A − N = 1, −1, 1.
        // Σde = 2 + 1 + 3 = 6, Σd² = 4 + 1 + 9 = 14: w_LS = 3/7; w = 6 / (14 + 4) = 1/3.
        let c = ForecastCombination.fit([quarter(0, model: 12, actual: 11, naive: 10),
                                         quarter(1, model: 9, actual: 9, naive: 10),
                                         quarter(2, model: 13, actual: 11, naive: 10)])
        #expect(abs(c.leastSquaresWeight! - 3.0 / 7) < 1e-15)
        #expect(abs(c.modelWeight - 1.0 / 3) < 1e-15)
        #expect(c.periods == 3)
        // |F − A| = 1, 0, 2; |N − A| = 1, 1, 1; combined wd − e = −1/3, 2/3, 0: MAE 1/3.
        #expect(abs(c.modelMAE! - 1) < 1e-15 && abs(c.naiveMAE! - 1) < 1e-15)
        #expect(abs(c.combinedMAE! - 1.0 / 3) < 1e-15)
        #expect(abs(c.combine(model: 14, naive: 10) - (10 + 4.0 / 3)) < 1e-14)
    }

    @Test func modelThatMovesAgainstTheActualChangeGetsNoWeight() {
        // d = 4, 4 while e = −1, −2: Σde < 0, so w = 0 (naive).
        let c = ForecastCombination.fit([quarter(0, model: 14, actual: 9, naive: 10),
                                         quarter(1, model: 14, actual: 8, naive: 10)])
        #expect(c.leastSquaresWeight == 0 && c.modelWeight == 0)
        #expect(c.combine(model: 30, naive: 12) == 12)
    }

    @Test func perfectModelApproachesFullWeightWithPeriods() {
        // e = d = 1, 2, … every period: w_LS = 1, and w = Σd² / (Σd² + 4): 5/9 at 2 periods, 385/389 at 10.
        let two = ForecastCombination.fit((0..<2).map { quarter($0, model: 10 + Double($0 + 1), actual: 10 + Double($0 + 1), naive: 10) })
        let ten = ForecastCombination.fit((0..<10).map { quarter($0, model: 10 + Double($0 + 1), actual: 10 + Double($0 + 1), naive: 10) })
        #expect(abs(two.modelWeight - 5.0 / 9) < 1e-15 && abs(ten.modelWeight - 385.0 / 389) < 1e-15)
        #expect(two.leastSquaresWeight == 1)
    }

    @Test func onePeriodIsNotEnough() {
        // A perfect period (d = e = 2) still leaves the weight at 0: fewer than `minimumPeriods`.
        let c = ForecastCombination.fit([quarter(0, model: 12, actual: 12, naive: 10)])
        #expect(c.modelWeight == 0 && c.leastSquaresWeight == 1 && c.periods == 1)
    }

    @Test func noNaiveFigureMeansNaiveWeightAndModelAloneForOldFiles() {
        let c = ForecastCombination.fit([quarter(0, model: 12, actual: 11, naive: nil)])
        #expect(c.periods == 0 && c.modelWeight == 0)
        #expect(ForecastCombination.modelOnly.combine(model: 7, naive: 3) == 7)
        #expect(c.combine(model: 7, naive: nil) == 7)
    }

    @Test func combinedBacktestUsesLeaveOneOutWeights() throws {
        let quarters = [quarter(0, model: 12, actual: 11, naive: 10), quarter(1, model: 9, actual: 9, naive: 10),
                        quarter(2, model: 13, actual: 11, naive: 10)]
        let r = try Backtest.summarizeCombined(quarters)
        // Period 0 from periods 1, 2: d = −1, 3; e = −1, 1: Σde = 4, Σd² = 10, w = 4/14 = 2/7; C = 10 + 2 · 2/7.
        #expect(abs(r.rows[0].quarter.forecast - (10 + 4.0 / 7)) < 1e-14)
        #expect(abs(r.combination!.modelWeight - 1.0 / 3) < 1e-15)
        #expect(r.modelAlone!.modelMAE == 1 && r.modelAlone!.naiveMAE == 1)
    }
}
