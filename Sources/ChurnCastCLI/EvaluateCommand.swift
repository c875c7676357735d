import ArgumentParser
import ChurnCast
import ChurnCastSynthetic

/// `churncast evaluate`: the model on a later period than it trained on, against baselines and what happened.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Evaluate the model on a snapshot later than training: churn metrics, baselines, NPS forecast.",
        discussion: """
            Scores the customers active at the as-of date (which must be later than every training snapshot and \
            at least a horizon before the end of the data), and reports churn ROC-AUC, PR-AUC, log loss, Brier \
            score, calibration and top-decile lift and capture beside the base rate and a simple rule (last NPS \
            ≤ 6 or no engagement in 30 days); next-score RMSE and MAE beside carrying the last score forward; and \
            the NPS forecast for the period after the date against the actual NPS and the naive forecast. On data \
            made by `churncast generate` it adds the oracle's ROC-AUC (the planted hazard). --backtest repeats \
            the NPS forecast at every earlier period end it can and reports the errors and interval coverage.

            Example:
              churncast evaluate --model models/sample-model.json --data datasets/sample \\
                --as-of 2026-06-30 --backtest
            """)

    @OptionGroup var exports: ExportOptions

    @OptionGroup var trained: ModelFileOption

    @Option(help: ArgumentHelp("Evaluation as-of date, later than every training snapshot.", valueName: AsOfDate.valueName))
    var asOf: AsOfDate

    @Flag(help: "Also backtest the NPS forecast over every earlier period of the history.")
    var backtest = false

    @Option(help: ArgumentHelp("Forecast periods: calendar quarters, or rolling windows of the horizon.", valueName: "quarter|rolling"))
    var period: ForecastPeriods = .calendarQuarter

    @Flag(help: "Print everything as JSON.")
    var json = false

    func validate() throws { try exports.requireFiles() }

    func run() throws {
        try reportingErrors {
            let progress = Progress()
            let request = EvaluateJob.Request(exports: exports.request, modelPath: trained.model,
                                              asOf: asOf, backtest: backtest, period: period,
                                              oracle: try Oracle.load(dataDirectory: exports.dataDirectory))
            try printResult(try EvaluateJob.run(request, progress: progress.stage), json: json, progress: progress)
        }
    }
}
