import Features
import Forecast
import Ingest
import Support

/// Turns a model's per-customer predictions into the next-period NPS forecast (overall and per segment), and
/// backtests it: the glue between the pipeline and the `Forecast` module.
public struct ForecastRunner: Sendable {
    public let customers: CustomerTable
    public let responses: [NPSResponse]
    /// Every customer's answer days in one flat list, sorted by day within a customer, same-day answers merged:
    /// customer c's are `answerDays[answerStart[c] ..< answerStart[c + 1]]`, each with its category's net
    /// (+1 promoter, 0 passive, −1 detractor, from the day's mean score as in `QuarterlyNPS`).
    let answerStart: [Int]
    let answerDays: [Day]
    let answerNet: [Int8]
    /// The same answers counted by day, for the overall tally of any window (`tally(after:through:)`).
    let answerTallies: CumulativeTallies
    /// Calendar quarters (the default) or rolling windows of the label horizon.
    public let periods: ForecastPeriods

    /// How many horizons of a customer's history set their response propensity.
    public static let lookbackPeriods = 4

    /// - Complexity: O(r) for r responses (a counting sort by customer, then a short sort per customer).
    public init(customers: CustomerTable, responses: [NPSResponse], periods: ForecastPeriods = .calendarQuarter) {
        self.customers = customers
        self.periods = periods
        self.responses = responses
        var start = [Int](repeating: 0, count: customers.count + 1)
        for r in responses { start[Int(r.customer) + 1] += 1 }
        for c in 0..<customers.count { start[c + 1] += start[c] }
        var next = start
        var keyed = [(day: Day, score: Int8)](repeating: (Day(index: 0), 0), count: responses.count)
        for r in responses {
            keyed[next[Int(r.customer)]] = (r.day, r.score)
            next[Int(r.customer)] += 1
        }
        var days = [Day](), net = [Int8]()
        days.reserveCapacity(responses.count)
        net.reserveCapacity(responses.count)
        var merged = [Int](repeating: 0, count: customers.count + 1)
        for c in 0..<customers.count {
            let range = start[c]..<start[c + 1]
            if range.count > 1 { keyed[range].sort { $0.day < $1.day } }
            var i = range.lowerBound
            while i < range.upperBound {
                var j = i, sum = 0
                while j < range.upperBound && keyed[j].day == keyed[i].day { sum += Int(keyed[j].score); j += 1 }
                days.append(keyed[i].day)
                switch NPSCategory(score: Double(sum) / Double(j - i)) {
                case .promoter: net.append(1)
                case .passive: net.append(0)
                case .detractor: net.append(-1)
                }
                i = j
            }
            merged[c + 1] = days.count
        }
        answerStart = merged
        answerDays = days
        answerNet = net
        answerTallies = CumulativeTallies(days: days, nets: net)
    }

    /// The segmentation of customers by the categorical attribute `column`.
    public func segmentation(by column: String) throws -> Segmentation {
        guard let c = customers.categoricalAttributes.first(where: { $0.name == column }) else {
            throw PipelineError.unknownSegment(column: column, available: customers.categoricalAttributes.map(\.name))
        }
        return Segmentation(values: c.values)
    }

    /// The last and next periods of a forecast made at `t` (`ForecastPeriods.windows`).
    public func windows(asOf t: Day, horizon: Int) -> (last: ForecastPeriods.Window, next: ForecastPeriods.Window) {
        periods.windows(asOf: t, horizon: horizon)
    }

    /// The forecast for the next period from a one-snapshot table at T and its predictions.
    public func forecast(table: FeatureTable, predictions: Predictions, segmentation: Segmentation?,
                         settings: NPSForecastSettings) throws -> NPSForecast {
        precondition(table.snapshotDates.count == 1, "forecast: the table must hold one snapshot")
        return try forecast(snapshot: 0, of: table, predictions: predictions, segmentation: segmentation,
                            settings: settings)
    }

    /// The forecast for the next period from snapshot `s` of `table` (T = its date); `predictions` are indexed
    /// like the rows of the whole table, so no snapshot needs copying.
    /// `history` is the snapshot's `responseHistory` when already made.
    func forecast(snapshot s: Int, of table: FeatureTable, predictions: Predictions, segmentation: Segmentation?,
                  settings: NPSForecastSettings, history made: ResponseHistory? = nil) throws -> NPSForecast {
        let t = table.snapshotDates[s]
        let last = windows(asOf: t, horizon: table.horizonDays).last
        let rows = table.snapshotRows[s]
        let history = try made ?? responseHistory(snapshot: s, of: table)
        let outlooks = (0..<rows.count).map { k in
            let r = rows.lowerBound + k
            let historical = history.historical[k]
            let respond = settings.responseModel.map {
                $0.probability(historical: historical, expectedScore: predictions.expectedScore[r])
            } ?? historical
            return CustomerOutlook(stay: 1 - predictions.churnProbability[r], respond: respond,
                                   promoter: predictions.promoterProbability[r],
                                   detractor: predictions.detractorProbability[r],
                                   segment: segmentation?.segment(of: table.customerIndex[r]) ?? -1,
                                   lastAnswers: Int(history.lastAnswers[k]), lastNet: Int(history.lastNet[k]))
        }
        let outlook = NPSOutlook.aggregate(outlooks, labels: segmentation?.labels ?? [])
        let anchor = tallies(last, segmentation: segmentation)
        return try NPSForecaster().forecast(outlook: outlook, history: [PastPeriod(end: last.through, actual: anchor)],
                                            modelError: settings.modelError, combination: settings.combination,
                                            recent: recentLevels(last, segmentation: segmentation, table: table,
                                                                 rows: rows, predictions: predictions),
                                            asOf: t.description)
    }

    /// The answers of `window`, overall and per segment.
    func tallies(_ window: ForecastPeriods.Window, segmentation: Segmentation?) -> BySegment<NPSTally> {
        segmentation == nil ? BySegment(overall: tally(after: window.after, through: window.through))
            : QuarterlyNPS.tally(responses, after: window.after, through: window.through, segmentation: segmentation)
    }

    /// The overall tally of answers in (`start`, `end`] — `QuarterlyNPS.tally` without a segmentation, from the
    /// per-customer lists (same-day answers merged), counted by day.
    func tally(after start: Day, through end: Day) -> NPSTally {
        answerTallies.tally(after: start, through: end)
    }

    /// The actual NPS of the next period after T, overall and per segment.
    public func actual(asOf t: Day, horizon h: Int, segmentation: Segmentation?) -> BySegment<NPSTally> {
        let next = windows(asOf: t, horizon: h).next
        return QuarterlyNPS.tally(responses, after: next.after, through: next.through, segmentation: segmentation)
    }

    /// Forecasts each snapshot of `table` (those at positions `snapshots`, by default all) whose outcome period
    /// is observed, against what happened; snapshots with no survey history to forecast from are skipped.
    /// `predictions` are indexed like the rows of `table`; `histories` are the snapshots' `responseHistories` when
    /// already made.
    public func backtestQuarters(table: FeatureTable, predictions: Predictions, snapshots: [Int]? = nil,
                                 responseModel: ResponseModel? = nil, histories: ResponseHistories? = nil) throws
        -> [BacktestQuarter] {
        let chosen = (snapshots ?? Array(table.snapshotDates.indices)).filter { table.labelsComplete(snapshot: $0) }
        // The snapshots are independent: `CHURNCAST_THREADS` threads share them; results are kept in snapshot order.
        var results = [Result<BacktestQuarter?, Error>](repeating: .success(nil), count: chosen.count)
        results.withUnsafeMutableBufferPointer { out in
            let base = out.baseAddress!
            Parallelism.forEach(chosen.count) { k in
                base[k] = Result {
                    try backtestQuarter(snapshot: chosen[k], of: table, predictions: predictions,
                                        responseModel: responseModel, history: histories?.history(chosen[k]))
                }
            }
        }
        return try results.compactMap { try $0.get() }
    }

    /// The forecast at snapshot `s` against what happened; `nil` when there is no survey history to forecast from
    /// (e.g. T at the start of the data) or no answer in the period after T.
    func backtestQuarter(snapshot s: Int, of table: FeatureTable, predictions: Predictions,
                         responseModel: ResponseModel?, history: Result<ResponseHistory, Error>?) throws
        -> BacktestQuarter? {
        let t = table.snapshotDates[s]
        let f: NPSForecast
        do {
            f = try forecast(snapshot: s, of: table, predictions: predictions, segmentation: nil,
                             settings: NPSForecastSettings(responseModel: responseModel), history: history?.get())
        } catch ForecastError.noHistory, ForecastError.noExpectedRespondents {
            return nil
        }
        guard f.overall.naive != nil else { return nil }  // no answers last period: nothing to backtest against
        let next = windows(asOf: t, horizon: table.horizonDays).next
        guard next.through <= (table.latestDataDay ?? next.through),
              let actual = tally(after: next.after, through: next.through).score else { return nil }
        var quarter = BacktestQuarter(asOf: t, forecast: f.overall, actual: actual)
        quarter.periodEnd = next.through
        return quarter
    }
}

extension Predictions {
    /// The predictions of the rows in `rows` (a snapshot's rows).
    func selectingRows(_ rows: Range<Int>) -> Predictions {
        Predictions(churnProbability: Array(churnProbability[rows]), expectedScore: Array(expectedScore[rows]),
                    promoterProbability: Array(promoterProbability[rows]),
                    detractorProbability: Array(detractorProbability[rows]), design: design.rows(rows))
    }
}
