import Ingest

extension BacktestQuarter {
    /// The combination's base: naive moved by the recent shift (`RecentLevel`); `nil` without naive.
    public var base: Double? { naive.map { $0 + (recentShift ?? 0) } }

    /// This period as the combination `c` would have forecast it: the point moved toward naive by 1 − w, and the
    /// known variance of the combined forecast (`ForecastCombination.knownVariance`).
    public func combined(_ c: ForecastCombination) -> BacktestQuarter {
        guard let base else { return self }
        let anchor = anchorVariance ?? 0
        let known = c.knownVariance(next: max(0, knownVariance - anchor), anchor: anchor,
                                    naive: naiveVariance ?? anchor)
        var q = self
        q.forecast = c.combine(model: forecast, naive: base)
        q.knownVariance = known
        return q
    }
}

extension Backtest {
    /// Scores the combined forecast out of sample: each period is combined with the weight learned from the other
    /// periods only (leave one out, like the model error of `summarize`), so a period's own miss never sets its own
    /// weight. The result's rows, MAE and coverage are the combination's; `combination` is the weight from every
    /// period and `modelAlone` the model's own errors against naive.
    ///
    /// - Throws: `ForecastError.noHistory` when there are no periods.
    public static func summarizeCombined(_ quarters: [BacktestQuarter]) throws -> BacktestResult {
        var result = try summarize(combinedOutOfSample(quarters))
        result.combination = ForecastCombination.fit(quarters)
        result.modelAlone = try summarize(quarters).paired
        return result
    }

    /// Each period as the combination fitted on the other periods would have forecast it.
    static func combinedOutOfSample(_ quarters: [BacktestQuarter]) -> [BacktestQuarter] {
        quarters.indices.map { t in
            var others = quarters
            others.remove(at: t)
            return quarters[t].combined(ForecastCombination.fit(others))
        }
    }

    /// The model error of the combined forecast from its out-of-sample errors (each period's weight from the other
    /// periods, `combinedOutOfSample`): what the live combined forecast's intervals add to its known variance. The
    /// weight fitted on the same periods would make the errors look smaller than the live forecast's.
    public static func combinedModelError(_ quarters: [BacktestQuarter]) -> ModelError {
        modelError(combinedOutOfSample(quarters))
    }
}
