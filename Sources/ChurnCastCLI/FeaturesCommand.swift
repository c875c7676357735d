import ArgumentParser
import ChurnCast
import Foundation

/// `churncast features`: writes the point-in-time feature table of one or more snapshots, or describes the features.
struct FeaturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "features",
        abstract: "Write the feature table of one or more point-in-time snapshots (for inspection).",
        discussion: """
            One row per customer active at each as-of date T: features from rows dated on or before T only, then the \
            labels churned (churn date in (T, T+horizon]) and next_score (mean NPS score in that window; empty when \
            the customer gave none).

            Examples:
              churncast features --data datasets/sample --as-of 2024-06-30 \\
                --out features.csv
              churncast features --data exports --from 2023-01-01 --to 2024-12-31 \\
                --every quarter --out stack.csv
              churncast features --describe
            """)

    @OptionGroup var exports: ExportOptions

    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("As-of dates, comma-separated (latest: the last date in the exports).",
                               valueName: AsOfDate.listValueName))
    var asOf: CommaSeparated<AsOfDate>?

    @Option(help: ArgumentHelp("First day of a range of as-of dates (with --to and --every).", valueName: Day.valueName))
    var from: Day?

    @Option(help: ArgumentHelp("Last day of a range of as-of dates.", valueName: Day.valueName))
    var to: Day?

    @Option(help: "Take an as-of date at every month end or quarter end between --from and --to.")
    var every: SnapshotFrequency = .quarter

    @Option(help: ArgumentHelp("Label horizon in days.", valueName: "days"))
    var horizon: Int = 90

    @Option(help: ArgumentHelp("The feature table CSV to write (-: standard output; the summary then goes to "
                               + "standard error).", valueName: "file"))
    var out: String?

    @Flag(help: "Print the feature dictionary (name, window, value without history, meaning) instead.")
    var describe = false

    @Flag(help: "Print JSON on standard output instead of a table.")
    var json = false

    func validate() throws {
        if describe { return }
        try exports.requireFiles()
        if out == nil { throw ValidationError("--out FILE is required (or --describe)") }
        if asOf != nil && (from != nil || to != nil) { throw ValidationError("give --as-of, or --from and --to, not both") }
        if asOf == nil && (from == nil || to == nil) {
            throw ValidationError("give --as-of DATE[,DATE...], or --from DATE --to DATE [--every quarter|month]")
        }
        try HorizonArgument.check(horizon)
        _ = try namingFlags(snapshotDates)
    }

    func run() throws {
        try reportingErrors {
            let request: FeaturesJob.Request = describe
                ? try describeRequest()
                : .table(exports: exports.request, dates: try snapshotDates(), horizonDays: horizon, out: out!)
            try printResult(try FeaturesJob.run(request), json: json,
                            dataOnStandardOutput: !describe && OutputTarget.isStandardOutput(out!))
        }
    }

    /// `--describe`: the social layout, or with `--channels` (or `--churn-definition inactivity`) the activity
    /// layout of those channels (the social ones by default).
    func describeRequest() throws -> FeaturesJob.Request {
        guard exports.channels != nil || exports.churnDefinition == .inactivity else {
            return .describe(horizonDays: horizon)
        }
        return .describeActivity(horizonDays: horizon, channels: exports.channels)
    }

    /// The as-of dates from `--as-of` or `--from/--to/--every`.
    func snapshotDates() throws -> [AsOfDate] {
        if let asOf { return asOf.values }
        return try SnapshotSchedule.dates(from: from!, to: to!, every: every).map { .day($0) }
    }
}

extension SnapshotFrequency: ExpressibleByArgument {}
