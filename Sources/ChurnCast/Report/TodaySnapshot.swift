import Features
import Forecast
import Ingest
import Support

/// The business on the report's date: every active customer scored, next quarter's NPS forecast (overall and by
/// segment), and the date the model can be evaluated on — the report's date when its outcome period is in the
/// data, else the latest quarter end whose outcome period is (the most recent complete period).
struct TodaySnapshot {
    let asOf: Day
    /// Every active customer, riskiest first, with reasons.
    let scores: [Scorer.Row]
    let table: FeatureTable
    let predictions: Predictions
    /// The forecast for (asOf, asOf + horizon], by `segmentBy` when given.
    let forecast: ForecastRun.Result
    /// The latest date in the exports (signups, churns, answers, engagement).
    let latestDataDay: Day?
    /// Where the model's evaluation is dated.
    let evaluationDate: Day

    init(model: ChurnCastModel, data: LoadedExports, asOf: Day, segmentBy: String?) throws {
        let scorer = Scorer(model: model)
        // The segment column is checked before the snapshot is built.
        let runner = ForecastRunner(customers: data.customers, responses: data.nps)
        _ = try segmentBy.map { try runner.segmentation(by: $0) }
        (scores, table, predictions) = try scorer.score(customers: data.customers, nps: data.nps,
                                                        engagement: data.engagement, asOf: asOf)
        forecast = try ForecastRun(model: model).run(customers: data.customers, nps: data.nps, table: table,
                                                     predictions: predictions, segmentBy: segmentBy)
        self.asOf = asOf
        latestDataDay = table.latestDataDay
        evaluationDate = Self.evaluationDate(asOf: asOf, horizon: table.horizonDays, latest: table.latestDataDay,
                                             lastTraining: model.training.snapshots.last.flatMap { Day.parse($0) })
    }

    /// `asOf` when asOf + horizon is on or before `latest`; else the latest quarter end q before it with
    /// q + horizon ≤ latest, when q is after the last training snapshot; else `asOf` (whose evaluation then
    /// reports why it cannot be made).
    static func evaluationDate(asOf: Day, horizon: Int, latest: Day?, lastTraining: Day?) -> Day {
        guard let latest, asOf.adding(days: horizon) > latest else { return asOf }
        var period = NPSPeriod(containing: latest.adding(days: -horizon), length: .quarter)
        if period.last.adding(days: horizon) > latest { period = NPSPeriod(index: period.index - 1, length: .quarter) }
        let q = period.last
        guard q < asOf, lastTraining.map({ q > $0 }) ?? true else { return asOf }
        return q
    }
}
