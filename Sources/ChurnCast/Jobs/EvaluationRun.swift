import Evaluation
import Features
import Forecast
import Ingest
import Support
import Ingest

/// Everything `churncast evaluate` reports about one later period, plus the optional forecast backtest.
public struct EvaluationOutcome: Codable, Sendable {
    public var churn: Evaluator.ChurnEvaluation
    /// The NPS forecast against what happened; nil when the model has no score model (`npsSkipped` says why).
    public var forecast: ForecastCheck?
    public var backtest: BacktestResult?
    /// What the backtest covered and how to read it.
    public var backtestNote: String?
    /// Why the NPS parts (next score, forecast, backtest) were skipped; nil when they were evaluated.
    public var npsSkipped: String?
}

/// The NPS forecast made at T for (T, T + H], against what happened and against the naive forecast.
public struct ForecastCheck: Codable, Sendable {
    public var asOf: String
    public var periodEnd: String
    public var forecast: GroupForecast
    /// The actual NPS of (T, T + H] and its respondents; `nil` when nobody answered.
    public var actual: Double?
    public var actualRespondents: Int
    public var naive: Double?
    public var forecastError: Double?
    public var naiveError: Double?
    public var covered80: Bool?
    public var covered95: Bool?

    init(asOf t: Day, period: ForecastPeriods.Window, forecast f: GroupForecast, actual tally: NPSTally) {
        asOf = t.description
        periodEnd = period.through.description
        forecast = f
        actual = tally.score
        actualRespondents = tally.total
        naive = f.naive
        forecastError = actual.map { f.point - $0 }
        naiveError = actual.flatMap { a in f.naive.map { $0 - a } }
        covered80 = actual.map { f.interval80.contains($0) }
        covered95 = actual.map { f.interval95.contains($0) }
    }
}

/// Runs the evaluation of a model on a later snapshot (and optionally the backtest over the history).
public struct EvaluationRun: Sendable {
    public let model: ChurnCastModel
    public let periods: ForecastPeriods

    public init(model: ChurnCastModel, periods: ForecastPeriods = .calendarQuarter) {
        self.model = model
        self.periods = periods
    }

    /// The evaluation snapshot and its predictions are returned too, for scores and the report.
    public struct Result: Sendable {
        public var outcome: EvaluationOutcome
        public var table: FeatureTable
        public var predictions: Predictions
        /// nil for a model without a score model (trained without an NPS export).
        public var forecast: NPSForecast?
        public var history: [(end: Day, tally: NPSTally)]
    }

    /// Why `evaluate` skips the NPS parts of a model trained without an NPS export.
    static let npsSkippedNote = "NPS parts skipped: the model was trained without an NPS export, so it has no score "
        + "model to forecast NPS or next scores with; the churn model is evaluated alone"

    /// - Parameters:
    ///   - oracle: the planted churn probabilities of the table's rows (synthetic data only).
    ///   - backtestDates: as-of dates to backtest the NPS forecast on (empty: no backtest; ignored without a
    ///     score model, as are the forecast and the next-score errors).
    public func run(customers: CustomerTable, nps: [NPSResponse], engagement: EngagementSource, asOf: Day,
                    segmentBy: String? = nil, backtestDates: [Day] = [],
                    oracle: ((FeatureTable) throws -> [Double])? = nil) throws -> Result {
        let dates = model.hasScoreModel ? Array(Set(backtestDates + [asOf])).sorted() : [asOf]
        let snapshots = try predictedSnapshots(customers: customers, nps: nps, engagement: engagement, dates: dates,
                                               asOf: asOf)
        let (table, predictions) = (snapshots.table, snapshots.predictions)
        let oracleProbabilities = try PhaseTimer.measure("evaluate: oracle") { try oracle?(table) }
        let churn = try PhaseTimer.measure("evaluate: churn metrics") {
            try Evaluator(model: model).evaluateChurn(table: table, predictions: predictions, oracle: oracleProbabilities)
        }
        let history = Self.quarterlyHistory(nps, through: asOf)
        guard model.hasScoreModel else {
            return Result(outcome: EvaluationOutcome(churn: churn, npsSkipped: Self.npsSkippedNote), table: table,
                          predictions: predictions, forecast: nil, history: history)
        }

        let runner = ForecastRunner(customers: customers, responses: nps, periods: periods)
        let segmentation = try segmentBy.map { try runner.segmentation(by: $0) }
        let forecast = try PhaseTimer.measure("evaluate: forecast") {
            try runner.forecast(table: table, predictions: predictions, segmentation: segmentation,
                                settings: model.forecastSettings)
        }
        let actual = runner.actual(asOf: asOf, horizon: table.horizonDays, segmentation: nil).overall
        let check = ForecastCheck(asOf: asOf, period: runner.windows(asOf: asOf, horizon: table.horizonDays).next,
                                  forecast: forecast.overall, actual: actual)
        let (backtest, note) = try backtest(runner, snapshots.all, snapshots.allPredictions, asOf: asOf)
        return Result(outcome: EvaluationOutcome(churn: churn, forecast: check, backtest: backtest, backtestNote: note),
                      table: table, predictions: predictions, forecast: forecast,
                      history: history)
    }

    /// The snapshots at `dates` predicted, and the one at `asOf` (checked against the training dates) apart.
    func predictedSnapshots(customers: CustomerTable, nps: [NPSResponse], engagement: EngagementSource,
                            dates: [Day], asOf: Day) throws
        -> (table: FeatureTable, predictions: Predictions, all: FeatureTable, allPredictions: Predictions) {
        var all = try PhaseTimer.measure("evaluate: snapshots") {
            try model.featureTable(customers: customers, nps: nps, engagement: engagement, asOf: dates)
        }
        guard let s = all.snapshotDates.firstIndex(of: asOf) else { throw PipelineError.internalFailure("missing snapshot") }
        // Without a backtest the table holds just this snapshot: no copies.
        let alone = all.snapshotDates.count == 1
        let table = alone ? all : all.selectingSnapshots([s])
        try Evaluator(model: model).checkDate(asOf, table: table)
        guard table.rowCount > 0 else { throw PipelineError.noRows(what: "no customer is active on \(asOf)") }
        // With backtest snapshots, the stacked table's values are needed only for the predictions: they are
        // standardised in place (the evaluated snapshot was copied out above).
        let allPredictions = PhaseTimer.measure("evaluate: predict") {
            alone ? model.predict(all) : model.predict(consuming: &all)
        }
        let predictions = alone ? allPredictions : allPredictions.selectingRows(all.snapshotRows[s])
        return (table, predictions, all, allPredictions)
    }

    /// The NPS forecast backtest over every snapshot of `all` but `asOf`, with the note saying what it covered.
    func backtest(_ runner: ForecastRunner, _ all: FeatureTable, _ allPredictions: Predictions,
                  asOf: Day) throws -> (BacktestResult?, String?) {
        let others = all.snapshotDates.indices.filter { all.snapshotDates[$0] != asOf }
        guard !others.isEmpty else { return (nil, nil) }
        let quarters = try PhaseTimer.measure("evaluate: backtest") {
            try runner.backtestQuarters(table: all, predictions: allPredictions, snapshots: others,
                                        responseModel: model.forecastResponseModel)
        }
        guard quarters.count >= 2 else {
            return (nil, "too few periods with observed outcomes to backtest (\(quarters.count))")
        }
        let inSample = quarters.filter { model.training.snapshots.contains($0.asOf.description) }.count
        return (try Backtest.summarizeCombined(quarters),
                "\(quarters.count) periods; \(inSample) of them are training snapshots (in-sample for the models); each period's combination weight and interval come from the other periods")
    }

    /// The actual NPS of each calendar quarter the survey history fully covers, up to the one ending at `asOf`.
    static func quarterlyHistory(_ nps: [NPSResponse], through asOf: Day) -> [(end: Day, tally: NPSTally)] {
        guard let first = nps.lazy.map(\.day).min(),
              let ends = try? SnapshotSchedule.dates(from: first.adding(days: -92), to: asOf, every: .quarter),
              ends.count >= 2 else { return [] }
        return zip(ends, ends.dropFirst()).compactMap { start, end in
            start.adding(days: 1) < first ? nil : (end, QuarterlyNPS.tally(nps, after: start, through: end).overall)
        }
    }
}
