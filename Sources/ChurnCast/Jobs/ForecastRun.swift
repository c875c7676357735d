import Features
import Forecast
import Ingest
import Support
import Features
import Ingest

/// `churncast forecast` as a library call: the forecast for the period after `asOf` and its table.
public struct ForecastRun: Sendable {
    public let model: ChurnCastModel
    public let periods: ForecastPeriods

    public init(model: ChurnCastModel, periods: ForecastPeriods = .calendarQuarter) {
        self.model = model
        self.periods = periods
    }

    public struct Result: Codable, Sendable {
        public var asOf: String
        /// The forecast period's first and last day.
        public var periodStart: String
        public var periodEnd: String
        /// The last period, whose NPS is the naive forecast ("2026-04-01 → 2026-06-30").
        public var naivePeriod: String
        public var segmentBy: String?
        public var forecast: NPSForecast

        /// The forecast as a table for people: each group's figure, its own (unshrunk) figure, the intervals and
        /// naive, every shrunk segment flagged with how far it was pulled toward the overall figure.
        public var text: String {
            var lines = ["NPS forecast for \(periodStart) → \(periodEnd) (as of \(asOf))" + (segmentBy.map { " by \($0)" } ?? "")]
            lines.append("  " + ["group", "respondents", "forecast", "own", "80% interval", "95% interval", "naive"]
                .enumerated().map { $0.offset == 0 ? $0.element.padding(toLength: 16, withPad: " ", startingAt: 0) : $0.element.leftPad(14) }
                .joined())
            for g in [forecast.overall] + forecast.segments {
                let cells = [
                    Format.fixed(g.expectedRespondents, 0), Format.signed(g.point, 1), Format.signed(g.unshrunk, 1),
                    "\(Format.signed(g.interval80.lower, 1))…\(Format.signed(g.interval80.upper, 1))",
                    "\(Format.signed(g.interval95.lower, 1))…\(Format.signed(g.interval95.upper, 1))",
                    g.naive.map { Format.signed($0, 1) } ?? "n/a",
                    Self.flag(g),
                ]
                lines.append("  " + g.label.padding(toLength: 16, withPad: " ", startingAt: 0)
                             + cells.dropLast().map { $0.leftPad(14) }.joined() + "  " + cells.last!)
            }
            lines.append("  naive = the NPS of \(naivePeriod), carried forward")
            if let r = forecast.overall.recent, r.signalShare > 0 {
                lines.append("  the period's second half differs from its first by \(Format.signed(r.change, 1)) (z \(Format.signed(r.z, 1))): \(Format.signed(r.shift, 1)) carried forward")
            }
            if let w = forecast.overall.modelWeight {
                lines.append("  forecast = \(Format.fixed(w, 2)) × model + \(Format.fixed(1 - w, 2)) × naive (weights from the training backtest)")
            }
            if let between = forecast.betweenSegmentVariance {
                lines.append(between > 0
                    ? "  segments shrunk toward the overall forecast by their own sampling noise (between-segment sd \(Format.fixed(between.squareRoot(), 1)))"
                    : "  between-segment variance estimated at 0: no segment shrunk, each shows its own figure and interval")
            }
            return lines.joined(separator: "\n")
        }

        /// "shrunk 35%", "small", "small, shrunk 80%" or "".
        static func flag(_ g: GroupForecast) -> String {
            let shrunk = g.shrinkage >= 0.0005 ? "shrunk \(Format.percent(g.shrinkage, 0))" : nil
            return [g.isSmall ? "small" : nil, shrunk].compactMap { $0 }.joined(separator: ", ")
        }
    }

    /// `sentiments` as in `SnapshotBuilder.build` (the comments analysed while the engagement export streams).
    public func run(customers: CustomerTable, nps: [NPSResponse], engagement: EngagementSource, asOf: Day,
                    segmentBy: String?, sentiments: PendingSentiments? = nil) throws -> Result {
        let runner = ForecastRunner(customers: customers, responses: nps, periods: periods)
        let segmentation = try segmentBy.map { try runner.segmentation(by: $0) }  // refused before any work
        var table = try PhaseTimer.measure("forecast: snapshot") {
            try model.featureTable(customers: customers, nps: nps, engagement: engagement, asOf: [asOf],
                                   sentiments: sentiments)
        }
        guard table.rowCount > 0 else { throw PipelineError.noRows(what: "no customer is active on \(asOf)") }
        // The feature values are read only by the predictions: standardised in place, not copied.
        let predictions = PhaseTimer.measure("forecast: predict") { model.predict(consuming: &table) }
        return try run(runner: runner, table: table, predictions: predictions, segmentation: segmentation,
                       segmentBy: segmentBy)
    }

    /// The forecast from a one-snapshot table already built and predicted (as `EvaluationRun.Result` holds them),
    /// so that `report` does not build the snapshot twice.
    public func run(customers: CustomerTable, nps: [NPSResponse], table: FeatureTable, predictions: Predictions,
                    segmentBy: String?) throws -> Result {
        let runner = ForecastRunner(customers: customers, responses: nps, periods: periods)
        return try run(runner: runner, table: table, predictions: predictions,
                       segmentation: try segmentBy.map { try runner.segmentation(by: $0) }, segmentBy: segmentBy)
    }

    func run(runner: ForecastRunner, table: FeatureTable, predictions: Predictions, segmentation: Segmentation?,
             segmentBy: String?) throws -> Result {
        let forecast = try PhaseTimer.measure("forecast: aggregate") {
            try runner.forecast(table: table, predictions: predictions, segmentation: segmentation,
                                settings: model.forecastSettings)
        }
        let asOf = table.snapshotDates[0]
        let next = runner.windows(asOf: asOf, horizon: table.horizonDays).next
        let last = runner.windows(asOf: asOf, horizon: table.horizonDays).last
        return Result(asOf: asOf.description, periodStart: next.after.adding(days: 1).description,
                      periodEnd: next.through.description,
                      naivePeriod: "\(last.after.adding(days: 1)) → \(last.through)",
                      segmentBy: segmentBy, forecast: forecast)
    }
}
