import Features
import Forecast
import Ingest
import Support
import Features
import Ingest

/// `churncast forecast` as a library call: the forecast for the period after `asOf` and its table.
public struct ForecastRun: Sendable {
    public let model: ChurnCastModel

    public init(model: ChurnCastModel) { self.model = model }

    public struct Result: Codable, Sendable {
        public var asOf: String
        public var periodEnd: String
        public var segmentBy: String?
        public var forecast: NPSForecast

        /// The forecast as a table for people.
        public var text: String {
            var lines = ["NPS forecast for \(asOf) → \(periodEnd)" + (segmentBy.map { " by \($0)" } ?? "")]
            lines.append("  " + ["group", "respondents", "forecast", "80% interval", "95% interval", "naive", ""]
                .enumerated().map { $0.offset == 0 ? $0.element.padding(toLength: 16, withPad: " ", startingAt: 0) : $0.element.leftPad(14) }
                .joined())
            for g in [forecast.overall] + forecast.segments {
                let cells = [
                    Format.fixed(g.expectedRespondents, 0), Format.signed(g.point, 1),
                    "\(Format.signed(g.interval80.lower, 1))…\(Format.signed(g.interval80.upper, 1))",
                    "\(Format.signed(g.interval95.lower, 1))…\(Format.signed(g.interval95.upper, 1))",
                    g.naive.map { Format.signed($0, 1) } ?? "n/a",
                    g.isSmall ? "small, shrunk" : "",
                ]
                lines.append("  " + g.label.padding(toLength: 16, withPad: " ", startingAt: 0)
                             + cells.map { $0.leftPad(14) }.joined())
            }
            lines.append("  naive = the NPS of the period ending \(asOf), carried forward")
            return lines.joined(separator: "\n")
        }
    }

    public func run(customers: CustomerTable, nps: [NPSResponse], engagement: EngagementSource, asOf: Day,
                    segmentBy: String?) throws -> Result {
        let runner = ForecastRunner(customers: customers, responses: nps)
        let segmentation = try segmentBy.map { try runner.segmentation(by: $0) }  // refused before any work
        let table = try PhaseTimer.measure("forecast: snapshot") {
            try model.featureTable(customers: customers, nps: nps, engagement: engagement, asOf: [asOf])
        }
        guard table.rowCount > 0 else { throw PipelineError.noRows(what: "no customer is active on \(asOf)") }
        let predictions = PhaseTimer.measure("forecast: predict") { model.predict(table) }
        return try run(runner: runner, table: table, predictions: predictions, segmentation: segmentation,
                       segmentBy: segmentBy)
    }

    /// The forecast from a one-snapshot table already built and predicted (as `EvaluationRun.Result` holds them),
    /// so that `report` does not build the snapshot twice.
    public func run(customers: CustomerTable, nps: [NPSResponse], table: FeatureTable, predictions: Predictions,
                    segmentBy: String?) throws -> Result {
        let runner = ForecastRunner(customers: customers, responses: nps)
        return try run(runner: runner, table: table, predictions: predictions,
                       segmentation: try segmentBy.map { try runner.segmentation(by: $0) }, segmentBy: segmentBy)
    }

    func run(runner: ForecastRunner, table: FeatureTable, predictions: Predictions, segmentation: Segmentation?,
             segmentBy: String?) throws -> Result {
        let forecast = try PhaseTimer.measure("forecast: aggregate") {
            try runner.forecast(table: table, predictions: predictions, segmentation: segmentation,
                                modelError: model.forecastModelError)
        }
        let asOf = table.snapshotDates[0]
        return Result(asOf: asOf.description, periodEnd: asOf.adding(days: table.horizonDays).description,
                      segmentBy: segmentBy, forecast: forecast)
    }
}
