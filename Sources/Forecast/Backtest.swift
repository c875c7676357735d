import Ingest

/// One backtested period: the forecast made at `asOf` for (asOf, asOf + H] and what happened.
public struct BacktestQuarter: Codable, Sendable, Equatable {
    public var asOf: Day
    public var forecast: Double
    /// Variance of the forecast's error that sampling explains (next period's survey sampling plus the anchor's),
    /// without the model error the backtest is there to estimate.
    public var knownVariance: Double
    public var actual: Double
    /// Last period's actual NPS carried forward; `nil` when that period had no responses.
    public var naive: Double?
    /// The part of `knownVariance` the model's anchor brings in, and the sampling variance of `naive`, for the
    /// known variance of a combination (`ForecastCombination.knownVariance`); `nil` when not recorded.
    public var anchorVariance: Double?
    public var naiveVariance: Double?
    /// The last day of the forecast period (`nil` in older records: asOf + the horizon).
    public var periodEnd: Day?
    /// The recent shift in `forecast` (`RecentLevel`): the combination's base is naive + it; `nil` in older records.
    public var recentShift: Double?

    public init(asOf: Day, forecast: Double, knownVariance: Double, actual: Double, naive: Double?,
                anchorVariance: Double? = nil, naiveVariance: Double? = nil) {
        precondition(knownVariance >= 0, "variance must be non-negative")
        self.asOf = asOf
        self.forecast = forecast
        self.knownVariance = knownVariance
        self.actual = actual
        self.naive = naive
        self.anchorVariance = anchorVariance
        self.naiveVariance = naiveVariance
    }

    /// From a group's model forecast (before any combination with naive; any model error it carries is ignored)
    /// and the actual NPS of its period. The recent shift's variance is in both starting points' (anchor, base).
    public init(asOf: Day, forecast: GroupForecast, actual: Double) {
        let shift = forecast.recent?.shiftVariance ?? 0
        self.init(asOf: asOf, forecast: forecast.modelForecast ?? forecast.point,
                  knownVariance: forecast.samplingVariance + forecast.anchorVariance + shift, actual: actual,
                  naive: forecast.naive, anchorVariance: forecast.anchorVariance + shift,
                  naiveVariance: forecast.naiveVariance.map { $0 + shift })
        recentShift = forecast.recent?.shift
    }
}

/// A backtested period with its intervals. Each period's model-error variance is estimated from the other periods
/// only (leave one out), so a period's own miss never widens its own interval.
public struct BacktestRow: Codable, Sendable, Equatable {
    public var quarter: BacktestQuarter
    /// Estimated from the other periods.
    public var modelError: ModelError
    public var interval80: NPSInterval
    public var interval95: NPSInterval
    public var covered80: Bool
    public var covered95: Bool
}

/// Model against naive over the periods that have a naive figure.
public struct PairedErrors: Codable, Sendable, Equatable {
    public var periods: Int
    public var modelMAE: Double
    public var naiveMAE: Double
    public var modelRMSE: Double
    public var naiveRMSE: Double
}

/// What the backtest found: errors against the naive forecast, interval coverage, and the model-error variance to
/// use in the live forecast.
public struct BacktestResult: Codable, Sendable, Equatable {
    public var rows: [BacktestRow]
    public var periods: Int
    public var modelMAE: Double
    public var modelRMSE: Double
    /// `nil` when no period had a naive figure.
    public var paired: PairedErrors?
    /// Share of periods whose actual NPS fell in the 80% and 95% intervals.
    public var coverage80: Double
    public var coverage95: Double
    /// From every period: pass it to `NPSForecaster.forecast(modelError:)`.
    public var modelError: ModelError
    /// When the periods are a combination's (`Backtest.summarizeCombined`): the combination fitted on every
    /// period, and the model alone against naive over the same periods.
    public var combination: ForecastCombination?
    public var modelAlone: PairedErrors?
}

/// Repeats the forecast over past periods and scores it: the pipeline supplies the forecast for each as-of date
/// through a closure, so this stays pure.
public enum Backtest {
    /// Runs `forecast` at each as-of date (a `nil` result skips the date, e.g. for too little history).
    public static func run(asOf dates: [Day], _ forecast: (Day) throws -> BacktestQuarter?) throws -> BacktestResult {
        var quarters = [BacktestQuarter]()
        for day in dates { if let q = try forecast(day) { quarters.append(q) } }
        return try summarize(quarters)
    }

    /// Scores backtested periods.
    ///
    /// - Throws: `ForecastError.noHistory` when there are none.
    public static func summarize(_ quarters: [BacktestQuarter]) throws -> BacktestResult {
        guard !quarters.isEmpty else { throw ForecastError.noHistory(what: "backtest periods") }
        var rows = [BacktestRow]()
        var absolute = 0.0, squares = 0.0
        var pairs = 0, pairedModel = 0.0, pairedNaive = 0.0, pairedModel2 = 0.0, pairedNaive2 = 0.0
        var in80 = 0, in95 = 0
        for (t, q) in quarters.enumerated() {
            var others = quarters
            others.remove(at: t)
            let error = modelError(others)
            let total = error.predictiveVariance(known: q.knownVariance), df = error.degreesOfFreedom(total: total)
            let i80 = NPSInterval(point: q.forecast, standardError: total.squareRoot(), level: 0.8, degreesOfFreedom: df)
            let i95 = NPSInterval(point: q.forecast, standardError: total.squareRoot(), level: 0.95, degreesOfFreedom: df)
            rows.append(BacktestRow(quarter: q, modelError: error, interval80: i80, interval95: i95,
                                    covered80: i80.contains(q.actual), covered95: i95.contains(q.actual)))
            if i80.contains(q.actual) { in80 += 1 }
            if i95.contains(q.actual) { in95 += 1 }
            let e = q.forecast - q.actual
            absolute += abs(e)
            squares += e * e
            if let naive = q.naive {
                let n = naive - q.actual
                pairs += 1
                pairedModel += abs(e)
                pairedModel2 += e * e
                pairedNaive += abs(n)
                pairedNaive2 += n * n
            }
        }
        let count = Double(quarters.count), p = Double(pairs)
        let paired = pairs == 0 ? nil : PairedErrors(
            periods: pairs, modelMAE: pairedModel / p, naiveMAE: pairedNaive / p,
            modelRMSE: (pairedModel2 / p).squareRoot(), naiveRMSE: (pairedNaive2 / p).squareRoot())
        return BacktestResult(rows: rows, periods: quarters.count, modelMAE: absolute / count,
                              modelRMSE: (squares / count).squareRoot(), paired: paired,
                              coverage80: Double(in80) / count, coverage95: Double(in95) / count,
                              modelError: modelError(quarters))
    }

    /// τ², the variance of forecast errors beyond what sampling explains, by the method of moments:
    ///
    /// ```
    /// τ² = max(0, mean over periods of [(F − A)² − known variance])
    /// ```
    ///
    /// It includes any systematic bias, since that too is error the interval must cover. The truncation at 0 makes
    /// it err on the wide side when the model has no error of its own. `.none` for no periods. With every known
    /// variance positive, also the scale φ̂ = mean of (F − A)² / known variance (`ModelError`).
    public static func modelError(_ quarters: [BacktestQuarter]) -> ModelError {
        guard !quarters.isEmpty else { return .none }
        var squares = 0.0, known = 0.0, ratios = 0.0
        for q in quarters {
            squares += (q.forecast - q.actual) * (q.forecast - q.actual)
            known += q.knownVariance
            ratios += (q.forecast - q.actual) * (q.forecast - q.actual) / q.knownVariance
        }
        let k = Double(quarters.count)
        return ModelError(variance: max(0, (squares - known) / k), periods: quarters.count,
                          meanSquaredError: squares / k, scale: ratios.isFinite ? ratios / k : nil)
    }
}
