import ArgumentParser
import ChurnCast
import ChurnCastSynthetic

/// `churncast report`: writes the HTML report and the Jupyter notebook (`BASE.html`, `BASE.ipynb`).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the report as a self-contained HTML page and a Jupyter notebook.",
        discussion: """
            Evaluates the model on the as-of date (as `churncast evaluate --backtest` does), forecasts the NPS by \
            segment, scores the customers, and writes everything as BASE.html (one self-contained page, charts \
            as inline SVG) and BASE.ipynb (a Jupyter notebook with the same charts and tables). With --content it \
            renders a saved report content file (JSON) instead.

            Examples:
              churncast report --model models/sample-model.json --data datasets/sample \\
                --as-of 2026-06-30 --by plan --out notebooks-export/sample-report
              churncast report --content Tests/ReportTests/Fixtures/sample-content.json \\
                --out /tmp/preview
            """)

    @Option(help: ArgumentHelp("Report content JSON file to render (instead of --model/--data/--as-of).", valueName: "file"))
    var content: String?

    @Option(help: ArgumentHelp("Model file written by `churncast train`.", valueName: "file"))
    var model: String?

    @Option(help: ArgumentHelp("The day the report describes (latest: the last date in the exports); the models' "
                               + "evaluation uses the most recent period whose outcome is known.", valueName: AsOfDate.valueName))
    var asOf: AsOfDate = .latest

    @Option(help: ArgumentHelp("A categorical attribute for the segment forecast table.", valueName: "column"))
    var by: String?

    @Option(help: ArgumentHelp("A numeric customer column whose value is at risk, e.g. monthly_fee.", valueName: "column"))
    var value: String?

    @Option(help: ArgumentHelp("Output path without extension: writes <base>.html and <base>.ipynb.", valueName: "base"))
    var out: String

    @OptionGroup var exports: ExportOptions

    func validate() throws {
        if out == OutputTarget.standardOutputName {
            throw ValidationError("--out -: the report is two files, BASE.html and BASE.ipynb, so it cannot go to "
                                  + "standard output; give a path without extension, e.g. --out reports/today")
        }
        if content == nil && (model == nil || (try? exports.requireFiles()) == nil) {
            throw ValidationError("give --model FILE --data DIR [--as-of DATE] (or --content FILE)")
        }
    }

    func run() throws {
        try reportingErrors {
            let progress = Progress()
            let request: ReportJob.Request
            if let content {
                request = .content(path: content, out: out)
            } else {
                var build = ReportJob.BuildRequest(
                    exports: exports.request, modelPath: model!, asOf: asOf,
                    asOfArgument: asOf.description, segmentBy: by, out: out,
                    oracle: try Oracle.load(dataDirectory: exports.dataDirectory))
                build.valueColumn = value
                request = .build(build)
            }
            try printResult(try ReportJob.run(request, progress: progress.stage), json: false, progress: progress)
        }
    }
}
