import ArgumentParser
import ChurnCast

/// `churncast score`: every active customer's churn risk with reasons, expected next score and NPS category odds.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score every active customer: churn probability, risk band, top reasons, expected next score.",
        discussion: """
            Writes one row per customer active at the as-of date, riskiest first: customer_id, churn_probability, \
            risk_band (high: the riskiest 10% of training rows' probabilities and above; medium: the next 20%; \
            low: the rest), top_reasons (the three features pushing the risk up most), expected_next_score, \
            p_promoter, p_detractor.

            Example:
              churncast score --model models/sample-model.json --data datasets/sample \\
                --as-of 2026-09-30 --out out/scores.csv
            """)

    @OptionGroup var exports: ExportOptions

    @OptionGroup var trained: ModelFileOption

    @Option(help: ArgumentHelp("Score the customers active on this date (latest: the last date in the exports).",
                               valueName: AsOfDate.valueName))
    var asOf: AsOfDate

    @Option(help: ArgumentHelp("Scores CSV to write (-: standard output; the summary then goes to standard error).",
                               valueName: "file"))
    var out: String

    @Option(name: .customLong("to-table"),
            help: ArgumentHelp("With --source: also write the scores into this table, in one transaction (created "
                               + "when absent; rows of the same --as-of replaced).", valueName: "name"))
    var toTable: String?

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func validate() throws {
        try exports.requireFiles()
        if toTable != nil && exports.source == nil { throw ValidationError("--to-table needs --source postgresql://…") }
    }

    func run() throws {
        try reportingErrors {
            let progress = Progress()
            var request = ScoreJob.Request(exports: exports.request, modelPath: trained.model,
                                           asOf: asOf, out: out)
            request.toTable = toTable
            try printResult(try ScoreJob.run(request, progress: progress.stage), json: json, progress: progress,
                            dataOnStandardOutput: OutputTarget.isStandardOutput(out))
        }
    }
}
