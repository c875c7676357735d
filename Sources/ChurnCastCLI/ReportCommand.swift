import ArgumentParser
import ChurnCast

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

    @Option(help: ArgumentHelp("Evaluation as-of date, later than every training snapshot.", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("A categorical attribute for the segment forecast table.", valueName: "column"))
    var by: String?

    @Option(help: ArgumentHelp("Output path without extension: writes <base>.html and <base>.ipynb.", valueName: "base"))
    var out: String

    @OptionGroup var exports: ExportOptions

    func validate() throws {
        if content == nil && (model == nil || asOf == nil || (try? exports.requireFiles()) == nil) {
            throw ValidationError("give --model FILE --data DIR --as-of DATE (or --content FILE)")
        }
    }

    func run() throws {
        try reportingErrors {
            let c: ReportContent
            var data: Any = ()
            if let content { c = try ReportWriter.readContent(at: content) } else { (c, data) = try build() }
            let paths = try ReportWriter.write(c, to: out)
            print(paths.html)
            print(paths.notebook)
            exitSkippingTeardown(keeping: data)
        }
    }

    /// The report's content, and the loaded data and evaluation it came from (kept until the process ends).
    func build() throws -> (ReportContent, Any) {
        let options = exports
        let inputs = try ModelInputs(asOf: asOf!, modelPath: model!, exports: options)
        let (t, m, data) = (inputs.asOf, inputs.model, inputs.data)
        let dates = BacktestSchedule.dates(before: t, horizon: m.training.horizonDays, responses: data.nps)
        let evaluation = try EvaluationRun(model: m).run(
            customers: data.customers, nps: data.nps, engagement: data.engagement, asOf: t, backtestDates: dates,
            oracle: try Oracle.load(dataDirectory: options.dataDirectory))
        let segments = try by.map {
            try ForecastRun(model: m).run(customers: data.customers, nps: data.nps, table: evaluation.table,
                                          predictions: evaluation.predictions, segmentBy: $0)
        }
        try options.finish(data)
        inputs.progress.done()
        let scores = Scorer(model: m).rows(table: evaluation.table, predictions: evaluation.predictions, limit: 20)
        let source = options.dataDirectory ?? options.paths.customers
        let common = "--model \(model!) --data \(source) --as-of \(asOf!)"
        let commands = ReportContent.ReproductionCommands(
            train: "churncast train --data \(source) --as-of \(m.training.snapshots.joined(separator: ",")) --horizon \(m.training.horizonDays) --model \(model!) --force",
            evaluate: "churncast evaluate \(common) --backtest",
            score: "churncast score \(common) --out scores.csv",
            forecast: "churncast forecast \(common)",
            segmentForecast: by.map { "churncast forecast \(common) --by \($0)" },
            report: "churncast report \(common)\(by.map { " --by \($0)" } ?? "") --out \(out)")
        let content = ReportBuilder.content(model: m, evaluation: evaluation, segments: segments, scores: scores,
                                            source: source, commands: commands, generatedAt: creationTimestamp())
        return (content, (data, evaluation, segments) as Any)
    }
}
