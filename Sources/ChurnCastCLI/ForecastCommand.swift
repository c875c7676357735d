import ArgumentParser
import ChurnCast

/// `churncast forecast`: next period's NPS with 80% and 95% intervals, overall and per segment.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast next quarter's NPS with 80% and 95% intervals, overall and --by a segment.",
        discussion: """
            The forecast is last period's actual NPS plus the change the models expect in who will answer: each \
            active customer counts with P(stay) × P(answer), and their P(promoter) − P(detractor). Intervals \
            combine the survey's sampling error (from the expected number of respondents), the noise of the \
            anchor, and the model's error measured on past periods. Small segments are shrunk toward the overall \
            figure and flagged.

            Example:
              churncast forecast --model models/sample-model.json --data datasets/sample \\
                --as-of 2026-09-30 --by plan
            """)

    @OptionGroup var exports: ExportOptions

    @OptionGroup var trained: ModelFileOption

    @Option(help: ArgumentHelp("Forecast the period after this date (latest: the last date in the exports).",
                               valueName: AsOfDate.valueName))
    var asOf: AsOfDate

    @Option(help: ArgumentHelp("A categorical customer attribute to forecast per segment.", valueName: "column"))
    var by: String?

    @Option(help: ArgumentHelp("Forecast periods: calendar quarters, or rolling windows of the horizon.", valueName: "quarter|rolling"))
    var period: ForecastPeriods = .calendarQuarter

    @Flag(help: "Print the forecast as JSON.")
    var json = false

    func validate() throws { try exports.requireFiles() }

    func run() throws {
        try reportingErrors {
            let progress = Progress()
            let request = ForecastJob.Request(exports: exports.request, modelPath: trained.model,
                                              asOf: asOf, segmentBy: by, period: period)
            try printResult(try ForecastJob.run(request, progress: progress.stage), json: json, progress: progress)
        }
    }
}

extension ForecastPeriods: ExpressibleByArgument {}
