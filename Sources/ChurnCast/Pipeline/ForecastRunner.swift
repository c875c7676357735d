import Features
import Forecast

/// Turns a model's per-customer predictions into the next-period NPS forecast (overall and per segment), and
/// backtests it: the glue between the pipeline and the `Forecast` module.
public struct ForecastRunner: Sendable {
    public let model: ChurnCastModel
    public let customers: CustomerTable
    public let responses: [NPSResponse]
    /// Each customer's response days (sorted, same-day answers merged) with that day's NPS category.
    let days: [[(day: Day, net: Int8)]]

    /// How many horizons of a customer's history set their response propensity.
    public static let lookbackPeriods = 4

    public init(model: ChurnCastModel, customers: CustomerTable, responses: [NPSResponse]) {
        self.model = model
        self.customers = customers
        self.responses = responses
        var byCustomer = [[(Day, Int)]](repeating: [], count: customers.count)
        for r in responses { byCustomer[Int(r.customer)].append((r.day, Int(r.score))) }
        days = byCustomer.map { list in
            let sorted = list.sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            var out: [(day: Day, net: Int8)] = []
            var i = 0
            while i < sorted.count {
                var j = i, sum = 0
                while j < sorted.count && sorted[j].0 == sorted[i].0 { sum += sorted[j].1; j += 1 }
                let mean = Double(sum) / Double(j - i)
                out.append((sorted[i].0, mean >= 9 ? 1 : (mean < 7 ? -1 : 0)))
                i = j
            }
            return out
        }
    }

    /// The segmentation of customers by the categorical attribute `column`.
    public func segmentation(by column: String) throws -> Segmentation {
        guard let c = customers.categoricalAttributes.first(where: { $0.name == column }) else {
            throw PipelineError.unknownSegment(column: column, available: customers.categoricalAttributes.map(\.name))
        }
        return Segmentation(values: c.values)
    }

    /// The forecast for (T, T + H] from a one-snapshot table at T and its predictions.
    public func forecast(table: FeatureTable, predictions: Predictions, segmentation: Segmentation?,
                         modelError: ModelError) throws -> NPSForecast {
        let t = table.snapshotDates[0]
        let h = table.horizonDays
        let lookback = h * Self.lookbackPeriods
        var answered = [Int](), periods = [Double]()
        answered.reserveCapacity(table.rowCount)
        periods.reserveCapacity(table.rowCount)
        var lastAnswers = [Int](), lastNet = [Int]()
        for r in 0..<table.rowCount {
            let c = Int(table.customerIndex[r])
            var inLookback = 0, inLast = 0, net = 0
            for d in days[c] where d.day <= t && d.day > t.adding(days: -lookback) {
                inLookback += 1
                if d.day > t.adding(days: -h) { inLast += 1; net += Int(d.net) }
            }
            let observed = min(lookback, max(1, t.days(since: customers.signup[c])))
            answered.append(inLookback)
            periods.append(Double(observed) / Double(h))
            lastAnswers.append(inLast)
            lastNet.append(net)
        }
        let propensity = try ResponsePropensity.fit(responses: answered, periods: periods)
        let outlooks = (0..<table.rowCount).map { r in
            CustomerOutlook(stay: 1 - predictions.churnProbability[r],
                            respond: propensity.probability(responses: answered[r], periods: periods[r]),
                            promoter: predictions.promoterProbability[r], detractor: predictions.detractorProbability[r],
                            segment: segmentation?.segment(of: table.customerIndex[r]) ?? -1,
                            lastAnswers: lastAnswers[r], lastNet: lastNet[r])
        }
        let outlook = NPSOutlook.aggregate(outlooks, labels: segmentation?.labels ?? [])
        let last = QuarterlyNPS.tally(responses, after: t.adding(days: -h), through: t, segmentation: segmentation)
        return try NPSForecaster().forecast(outlook: outlook, history: [PastPeriod(end: t, actual: last)],
                                            modelError: modelError, asOf: t.description)
    }

    /// The actual NPS of (T, T + H], overall and per segment.
    public func actual(asOf t: Day, horizon h: Int, segmentation: Segmentation?) -> BySegment<NPSTally> {
        QuarterlyNPS.tally(responses, after: t, through: t.adding(days: h), segmentation: segmentation)
    }

    /// Forecasts each snapshot of `table` whose outcome period is observed, against what happened.
    public func backtestQuarters(table: FeatureTable, predictions: Predictions) throws -> [BacktestQuarter] {
        var out: [BacktestQuarter] = []
        for s in table.snapshotDates.indices where table.labelsComplete(snapshot: s) {
            let sub = table.selectingSnapshots([s])
            let rows = Array(table.snapshotRows[s])
            let pred = predictions.selectingRows(rows)
            let f = try forecast(table: sub, predictions: pred, segmentation: nil, modelError: .none)
            guard let actual = self.actual(asOf: table.snapshotDates[s], horizon: table.horizonDays,
                                           segmentation: nil).overall.score else { continue }
            out.append(BacktestQuarter(asOf: table.snapshotDates[s], forecast: f.overall, actual: actual))
        }
        return out
    }
}

extension Predictions {
    /// The predictions of the rows `rows`, in that order.
    func selectingRows(_ rows: [Int]) -> Predictions {
        Predictions(churnProbability: rows.map { churnProbability[$0] }, expectedScore: rows.map { expectedScore[$0] },
                    promoterProbability: rows.map { promoterProbability[$0] },
                    detractorProbability: rows.map { detractorProbability[$0] }, design: design.rows(at: rows))
    }
}
