import Ingest

extension BacktestQuarter {
    /// This period as the combination `c` would have forecast it: the point moved toward naive by 1 − w, and the
    /// known variance of the combined forecast (`ForecastCombination.knownVariance`).
    public func combined(_ c: ForecastCombination) -> BacktestQuarter {
        guard let naive else { return self }
        let anchor = anchorVariance ?? 0
        let known = c.knownVariance(next: max(0, knownVariance - anchor), anchor: anchor,
                                    naive: naiveVariance ?? anchor)
        var q = self
        q.forecast = c.combine(model: forecast, naive: naive)
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
        let combined = quarters.indices.map { t in
            var others = quarters
            others.remove(at: t)
            return quarters[t].combined(ForecastCombination.fit(others))
        }
        var result = try summarize(combined)
        result.combination = ForecastCombination.fit(quarters)
        result.modelAlone = try summarize(quarters).paired
        return result
    }

    /// The model error of the combination `c` over `quarters` (in sample for the weight): what the live combined
    /// forecast's intervals add to its known variance.
    public static func modelError(_ quarters: [BacktestQuarter], combinedBy c: ForecastCombination) -> ModelError {
        modelError(quarters.map { $0.combined(c) })
    }
}
