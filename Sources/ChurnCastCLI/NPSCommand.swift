import ArgumentParser
import ChurnCast

/// `churncast nps`: NPS by calendar period and segment, with margins of error and significance tests.
struct NPSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nps",
        abstract: "NPS by quarter or month and --by a segment, with margins of error and significance tests.",
        discussion: """
            For each calendar period from the first answer to the last: answers, promoter/passive/detractor \
            shares, the NPS with its margin of error (from the variance of the +1/0/-1 scores) and its 95% \
            adjusted-Wald interval, the change against the previous period with its two-sample test, and (with \
            --by) each segment against the other customers. A change marked * is statistically real (p < 0.05). \
            Two answers of one customer on one day count once, with their mean score.

            Examples:
              churncast nps --data datasets/sample
              churncast nps --data datasets/sample --by plan --every month --json
            """)

    @OptionGroup var exports: ExportOptions

    @Option(help: ArgumentHelp("A categorical customer attribute to split by.", valueName: "column"))
    var by: String?

    @Option(help: "Period length: quarter or month.")
    var every: NPSJob.PeriodLength = .quarter

    @Option(help: ArgumentHelp("Leave out answers before this date.", valueName: Day.valueName))
    var from: Day?

    @Option(help: ArgumentHelp("Leave out answers after this date (the last period ends here).", valueName: Day.valueName))
    var to: Day?

    @Flag(help: "Print the table as JSON.")
    var json = false

    func validate() throws { try exports.requireFiles() }

    func run() throws {
        try reportingErrors {
            let progress = Progress()
            let request = NPSJob.Request(exports: exports.request, segmentBy: by, every: every,
                                         from: from, to: to)
            try printResult(try NPSJob.run(request, progress: progress.stage), json: json, progress: progress)
        }
    }
}

extension NPSJob.PeriodLength: ExpressibleByArgument {}
