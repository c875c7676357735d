import Comments
import Ingest
import Report

/// The report about the business today, as `ReportJob` makes it: today's snapshot first (which also says on what
/// date the model can be evaluated), then, given the evaluation's content, the parts about today and the side
/// files. The two calls are the whole of what `ReportJob` asks of this file.
enum TodayReport {
    /// Scores the customers active on `asOf` and forecasts the next quarter's NPS (after checking the value
    /// column, so that a wrong name is reported before the work).
    static func snapshot(_ inputs: ModelJobInputs, asOf: Day, segmentBy: String?,
                         valueColumn: String?) throws -> TodaySnapshot {
        _ = try valueColumn.map { try TodayContent.valueColumn($0, of: inputs.data.customers) }
        return try TodaySnapshot(model: inputs.model, data: inputs.data, asOf: asOf, segmentBy: segmentBy)
    }

    /// Puts today's parts on `content` (made by `ReportBuilder` from the evaluation), dates the page and its
    /// commands by today, and writes the side files beside `request.out`.
    static func complete(_ content: inout ReportContent, request: ReportJob.BuildRequest, inputs: ModelJobInputs,
                         today: TodaySnapshot, evaluation: EvaluationRun.Result) throws {
        let (model, data) = (inputs.model, inputs.data)
        let analyzer = try CommentAnalyzer(configuration: .load(configPath: request.exports.configPath))
        let answers = data.answers.list()  // the responses as loaded, with their comments (one read of the export)
        let files = ReportSideFiles(base: request.out)
        let parts = try TodayContent(model: model, data: data, answers: answers, analyzer: analyzer, today: today,
                                     segmentBy: request.segmentBy, valueColumn: request.valueColumn,
                                     files: files.names)
        let toCall = try parts.apply(to: &content)
        content.title = "ChurnCast report: \(request.exports.source), as of \(today.asOf)"
        content.riskBands = RiskBand.allCases.reversed().map { band in
            let rows = today.scores.filter { $0.riskBand == band }
            return ReportContent.RiskBandRow(band: band.rawValue, count: rows.count,
                                             meanProbability: rows.isEmpty ? 0 : rows.reduce(0) { $0 + $1.churnProbability } / Double(rows.count),
                                             observedChurnRate: nil)
        }
        let f = today.forecast.forecast.overall
        content.npsForecast = ReportContent.NPSForecast(
            quarterEnd: today.forecast.periodEnd, forecast: f.point, interval80: ReportBuilder.interval(f.interval80),
            interval95: ReportBuilder.interval(f.interval95), naive: f.naive ?? f.point,
            expectedRespondents: f.expectedRespondents)
        let common = "--model \(request.modelPath) --data \(request.exports.source)"
        content.commands.evaluate = "churncast evaluate \(common) --as-of \(today.evaluationDate) --backtest"
        let nps = request.exports.dataDirectory.map { "--data \($0)" } ?? "--nps \(request.exports.paths.nps)"
        content.commands.comments = files.names.comments.map { "churncast comments \(nps) --out \(files.path($0))" }
        let commented = parts.answers.filter { TodayContent.hasText($0.comment) }
        try files.write(today: today, evaluation: evaluation.outcome, answers: commented, analyzer: analyzer,
                        toCall: toCall)
    }
}
