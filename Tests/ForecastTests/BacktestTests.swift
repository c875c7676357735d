import Ingest
import Testing
@testable import Forecast

@Suite struct BacktestTests {
    let day = Day(year: 2024, month: 3, day: 31)!

    @Test func errorsCoverageAndModelErrorByHand() throws {
        let quarters = [
            BacktestQuarter(asOf: day, forecast: 10, knownVariance: 4, actual: 12, naive: 11),
            BacktestQuarter(asOf: day.adding(days: 91), forecast: 20, knownVariance: 4, actual: 17, naive: 22),
            BacktestQuarter(asOf: day.adding(days: 182), forecast: 0, knownVariance: 1, actual: 0, naive: 3),
        ]
        let r = try Backtest.run(asOf: quarters.map(\.asOf)) { d in quarters.first { $0.asOf == d } }
        // Errors −2, 3, 0; squared minus known: 0, 5, −1; τ² = 4/3.
        #expect(abs(r.modelError.variance - 4.0 / 3) < 1e-15)
        #expect(r.modelError.periods == 3 && abs(r.modelError.meanSquaredError - 13.0 / 3) < 1e-15)
        // Leave one out: τ² = 2, 0, 2.5 from mean squared errors 4.5, 2, 6.5 over 2 periods.
        #expect(r.rows.map(\.modelError.variance) == [2, 0, 2.5])
        // The scale φ̂ = mean of error² / known: (1 + 9/4 + 0) / 3 over all three.
        #expect(abs(r.modelError.scale! - 13.0 / 12) < 1e-15)
        // Quarter 2 from the others: φ̂ = (1 + 0) / 2, V = φ̂ · 4 = 2, ν = 2; the t₂ quantiles 1.8856 and 4.3027
        // (published t tables) give half-widths 2.667 (misses the error of 3) and 6.085 (covers it).
        #expect(r.rows[1].modelError.scale == 0.5 && r.rows[1].interval80.upper - 20 > 2.666
                && r.rows[1].interval80.upper - 20 < 2.667)
        #expect(r.rows[1].interval95.upper - 20 > 6.084 && r.rows[1].interval95.upper - 20 < 6.086)
        #expect(r.rows.map(\.covered80) == [true, false, true])
        #expect(r.rows.map(\.covered95) == [true, true, true])
        #expect(abs(r.coverage80 - 2.0 / 3) < 1e-15 && r.coverage95 == 1)
        #expect(abs(r.modelMAE - 5.0 / 3) < 1e-15)
        #expect(abs(r.paired!.naiveMAE - 3) < 1e-15 && r.paired!.periods == 3)
        #expect(abs(r.paired!.modelRMSE - (13.0 / 3).squareRoot()) < 1e-15)
    }

    @Test func skippedDatesAndNoPeriods() throws {
        let r = try Backtest.run(asOf: [day, day.adding(days: 91)]) { d in
            d == day ? nil : BacktestQuarter(asOf: d, forecast: 5, knownVariance: 1, actual: 5, naive: nil)
        }
        #expect(r.periods == 1 && r.paired == nil && r.modelError.variance == 0)
        #expect(throws: ForecastError.noHistory(what: "backtest periods")) { try Backtest.summarize([]) }
    }
}
