import Ingest
import Testing
@testable import Forecast
import TestSupport

/// The interval design tested on synthetic quarters whose truth is known (seeded, so the figures are fixed).
/// The printed figures are quoted in the report to the lead.
@Suite struct CoverageSimulationTests {
    let day = Day(year: 2025, month: 1, day: 1)!

    /// A correct model (level design, no model error): the intervals hold survey sampling only, so they must cover
    /// at their nominal rates. 400 replications of 1,500 customers (about 500 respondents each).
    @Test func samplingOnlyIntervalsCoverNominally() throws {
        var g = SeededGenerator(seed: 2025)
        let forecaster = try NPSForecaster(configuration: .init(design: .level))
        var in80 = 0, in95 = 0
        let replications = 400
        for _ in 0..<replications {
            let base = SyntheticSurvey(customers: 1_500, using: &g)
            let f = try forecaster.forecast(outlook: base.outlook(shift: 0), history: []).overall
            let actual = base.sample(shift: 0, using: &g).tally.overall.score!
            if f.interval80.contains(actual) { in80 += 1 }
            if f.interval95.contains(actual) { in95 += 1 }
        }
        let c80 = Double(in80) / Double(replications), c95 = Double(in95) / Double(replications)
        print("coverage, sampling only (400 replications): 80% → \(c80), 95% → \(c95)")
        #expect(abs(c80 - 0.80) <= 0.05)
        #expect(abs(c95 - 0.95) <= 0.03)
    }

    /// The full design: a model that is 0.3 score points optimistic and cannot foresee a random-walk drift of the
    /// whole base (SD 0.25 score points a quarter, about 5 NPS points), anchored on last quarter's answers, with the
    /// model error estimated by a backtest over the 8 preceding quarters. 400 replications of 10 quarters of 600
    /// customers (about 180 respondents a quarter).
    @Test func compositionDesignWithBacktestedModelErrorCoversNominally() throws {
        let (c80, c95, modelMAE, naiveMAE) = try simulate(drift: 0.25)
        #expect(abs(c80 - 0.80) <= 0.05)
        #expect(abs(c95 - 0.95) <= 0.03)
        #expect(modelMAE <= naiveMAE)
    }

    /// The same without drift: the model has no error beyond sampling. With τ² (truncated at 0) the intervals
    /// erred on the wide side; the backtest's variance scale (`ModelError.scale`, not truncated) brought 80% to
    /// 0.82 and 95% to 0.955 in 400 replications (binomial sd 0.02 and 0.011), so the bounds stay as they were.
    @Test func compositionDesignWithoutModelErrorIsConservative() throws {
        let (c80, c95, modelMAE, naiveMAE) = try simulate(drift: 0)
        #expect(c80 >= 0.77 && c80 <= 0.90)
        #expect(c95 >= 0.93 && c95 <= 0.99)
        #expect(modelMAE <= naiveMAE)
    }

    func simulate(drift: Double) throws -> (c80: Double, c95: Double, modelMAE: Double, naiveMAE: Double) {
        var g = SeededGenerator(seed: 77)
        let forecaster = try NPSForecaster()
        var in80 = 0, in95 = 0
        var modelErrors = 0.0, naiveErrors = 0.0, tau2 = 0.0
        let replications = 400, quarters = 10, bias = 0.3
        for _ in 0..<replications {
            let base = SyntheticSurvey(customers: 600, using: &g)
            var shift = [0.0]
            for _ in 1..<quarters { shift.append(shift.last! + g.normal(sd: drift)) }
            let periods = shift.map { base.sample(shift: $0, using: &g) }
            // The forecast for quarter t, made at its start: the model knows the drift so far, not the next step.
            func forecast(_ t: Int, error: ModelError) throws -> GroupForecast {
                let last = periods[t - 1]
                return try forecaster.forecast(outlook: base.outlook(shift: shift[t - 1] + bias, last: last.answer),
                                               history: [PastPeriod(end: day, actual: last.tally)],
                                               modelError: error).overall
            }
            let backtest = try Backtest.summarize((1..<(quarters - 1)).map { t in
                BacktestQuarter(asOf: day.adding(days: 91 * t), forecast: try forecast(t, error: .none),
                                actual: periods[t].tally.overall.score!)
            })
            let live = try forecast(quarters - 1, error: backtest.modelError)
            let truth = periods[quarters - 1].tally.overall.score!
            if live.interval80.contains(truth) { in80 += 1 }
            if live.interval95.contains(truth) { in95 += 1 }
            modelErrors += abs(live.point - truth)
            naiveErrors += abs(live.naive! - truth)
            tau2 += backtest.modelError.variance
        }
        let n = Double(replications)
        let c80 = Double(in80) / n, c95 = Double(in95) / n
        print("coverage, composition design, drift \(drift), backtested model error (400 replications): "
              + "80% → \(c80), 95% → \(c95); MAE model \(modelErrors / n) vs naive \(naiveErrors / n); "
              + "mean τ² \(tau2 / n)")
        return (c80, c95, modelErrors / n, naiveErrors / n)
    }

    /// Stable base, biased model: the level forecast loses badly to last quarter's NPS, the composition design does
    /// not. Detractors churning away: the composition design clearly beats the naive forecast.
    @Test func compositionBeatsTheLevelOnAStableBaseAndNaiveUnderAttrition() throws {
        var g = SeededGenerator(seed: 5)
        let change = try NPSForecaster(), level = try NPSForecaster(configuration: .init(design: .level))
        var stable = (level: 0.0, change: 0.0, naive: 0.0), attrition = (change: 0.0, naive: 0.0)
        let replications = 20
        for _ in 0..<replications {
            // Stable: the same base two quarters running; the model is 0.3 score points optimistic.
            var base = SyntheticSurvey(customers: 12_000, using: &g)
            let last = base.sample(shift: 0, using: &g)
            let truth = base.sample(shift: 0, using: &g).tally.overall.score!
            let outlook = base.outlook(shift: 0.3, last: last.answer)
            let fc = try change.forecast(outlook: outlook, history: [PastPeriod(end: day, actual: last.tally)]).overall
            let fl = try level.forecast(outlook: outlook, history: [PastPeriod(end: day, actual: last.tally)]).overall
            stable.change += abs(fc.point - truth)
            stable.level += abs(fl.point - truth)
            stable.naive += abs(fc.naive! - truth)
            // Attrition: customers with a mean score below 6.5 stay with probability 0.4 a quarter.
            for i in base.stay.indices where base.meanScore[i] < 6.5 { base.stay[i] = 0.4 }
            let quarter = base.sample(shift: 0, using: &g)
            let (survivors, answers) = base.survivors(of: quarter)
            let f = try change.forecast(outlook: survivors.outlook(shift: 0.3, last: answers),
                                        history: [PastPeriod(end: day, actual: quarter.tally)]).overall
            let next = survivors.sample(shift: 0, using: &g).tally.overall.score!
            attrition.change += abs(f.point - next)
            attrition.naive += abs(f.naive! - next)
        }
        let n = Double(replications)
        print("stable base MAE: level \(stable.level / n), composition \(stable.change / n), naive \(stable.naive / n); "
              + "attrition MAE: composition \(attrition.change / n), naive \(attrition.naive / n)")
        #expect(stable.level > 3 * stable.change)
        // Equal within the noise of 20 replications (the 400-replication simulation above shows it ahead).
        #expect(stable.change < 1.1 * stable.naive)
        #expect(attrition.change < 0.6 * attrition.naive)
    }
}

/// Segment intervals: four segments of very different sizes whose levels drift on their own, each with its model
/// error from its own backtest; coverage pooled over segments and replications.
@Suite struct SegmentCoverageSimulationTests {
    @Test func segmentIntervalsCoverNominally() throws {
        var g = SeededGenerator(seed: 99)
        let forecaster = try NPSForecaster()
        let labels = ["a", "b", "c", "d"], sizes = [1_200, 600, 250, 80], levels = [0.5, -0.4, 0.2, -0.8]
        let day = Day(year: 2025, month: 1, day: 1)!
        let replications = 250, quarters = 9, bias = 0.3, drift = 0.2
        var in80 = [Int](repeating: 0, count: 4), in95 = [Int](repeating: 0, count: 4), shrinkage = [0.0, 0, 0, 0]
        for _ in 0..<replications {
            var base = SyntheticSurvey(customers: sizes.reduce(0, +), using: &g)
            var i = 0
            for (s, size) in sizes.enumerated() {
                for _ in 0..<size { base.segment[i] = Int32(s); base.meanScore[i] += levels[s]; i += 1 }
            }
            // Each segment's own random walk; the model knows it up to the start of each quarter.
            var shift = [[Double]](repeating: [0, 0, 0, 0], count: 1)
            for _ in 1..<quarters { shift.append(shift.last!.map { $0 + g.normal(sd: drift) }) }
            func moved(_ t: Int, by extra: Double) -> SyntheticSurvey {
                var b = base
                for i in b.meanScore.indices { b.meanScore[i] += shift[t][Int(b.segment[i])] + extra }
                return b
            }
            let periods = (0..<quarters).map { moved($0, by: 0).sample(shift: 0, labels: labels, using: &g) }
            func forecast(_ t: Int, _ overall: ModelError, _ segments: [ModelError]?) throws -> NPSForecast {
                try forecaster.forecast(outlook: moved(t - 1, by: bias).outlook(shift: 0, last: periods[t - 1].answer,
                                                                               labels: labels),
                                        history: [PastPeriod(end: day, actual: periods[t - 1].tally)],
                                        modelError: overall, segmentModelErrors: segments)
            }
            let past = try (1..<(quarters - 1)).map { try forecast($0, .none, nil) }
            func backtest(_ pick: (NPSForecast) -> GroupForecast, _ actual: (BySegment<NPSTally>) -> NPSTally)
                throws -> ModelError {
                try Backtest.summarize(past.indices.compactMap { k in
                    actual(periods[k + 1].tally).score.map {
                        BacktestQuarter(asOf: day.adding(days: 91 * k), forecast: pick(past[k]), actual: $0)
                    }
                }).modelError
            }
            let overallError = try backtest({ $0.overall }, { $0.overall })
            let segmentErrors = try labels.indices.map { s in try backtest({ $0.segments[s] }, { $0.segments[s] }) }
            let live = try forecast(quarters - 1, overallError, segmentErrors)
            for s in labels.indices {
                guard let truth = periods[quarters - 1].tally.segments[s].score else { continue }
                if live.segments[s].interval80.contains(truth) { in80[s] += 1 }
                if live.segments[s].interval95.contains(truth) { in95[s] += 1 }
                shrinkage[s] += live.segments[s].shrinkage / Double(replications)
            }
        }
        let n = Double(replications)
        let c80 = in80.map { Double($0) / n }, c95 = in95.map { Double($0) / n }
        print("segment coverage (250 replications, sizes \(sizes)): 80% → \(c80), 95% → \(c95); "
              + "mean shrinkage \(shrinkage)")
        let pooled80 = Double(in80.reduce(0, +)) / (4 * n), pooled95 = Double(in95.reduce(0, +)) / (4 * n)
        #expect(abs(pooled80 - 0.80) <= 0.05)
        #expect(abs(pooled95 - 0.95) <= 0.03)
        for s in labels.indices { #expect(c80[s] >= 0.72 && c95[s] >= 0.89) }
        #expect(shrinkage[3] > shrinkage[0])
    }
}
