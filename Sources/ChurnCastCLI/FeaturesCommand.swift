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

    @Option(name: .customLong("as-of"), help: ArgumentHelp("As-of dates, comma-separated.", valueName: "YYYY-MM-DD,..."))
    var asOf: String?

    @Option(help: ArgumentHelp("First day of a range of as-of dates (with --to and --every).", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("Last day of a range of as-of dates.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(help: "Take an as-of date at every month end or quarter end between --from and --to.")
    var every: SnapshotFrequency = .quarter

    @Option(help: ArgumentHelp("Label horizon in days.", valueName: "days"))
    var horizon: Int = 90

    @Option(help: ArgumentHelp("The feature table CSV to write.", valueName: "file"))
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
        if horizon <= 0 { throw ValidationError("--horizon must be a positive number of days, found \(horizon)") }
        _ = try snapshotDates()
    }

    func run() throws {
        try reportingErrors {
            if describe {
                let entries = FeatureDictionary.describe(config: SnapshotConfig(asOf: [], horizonDays: horizon))
                if json { print(try Self.jsonText(entries)) } else { print(FeatureDictionary.textTable(entries), terminator: "") }
                return
            }
            let config = SnapshotConfig(asOf: try snapshotDates(), horizonDays: horizon)
            try config.validate()
            let loaded = try exports.load()
            let table = try SnapshotBuilder(config).build(customers: loaded.customers, nps: loaded.nps,
                                                          engagement: loaded.engagement)
            try table.writeCSV(to: out!)
            let summary = Summary(out: out!, rows: table.rowCount, features: table.featureNames,
                                  snapshots: table.snapshotSummaries, files: loaded.accounting.map(FileSummary.init))
            print(json ? try Self.jsonText(summary) : summary.text)
            exitSkippingTeardown(keeping: (table, loaded))
        }
    }

    /// The as-of dates from `--as-of` or `--from/--to/--every`.
    func snapshotDates() throws -> [Day] {
        if let asOf {
            return try asOf.split(separator: ",", omittingEmptySubsequences: false).map { part in
                let text = part.trimmingCharacters(in: .whitespaces)
                guard let d = Day.parse(text) else {
                    throw ValidationError("--as-of: expected dates YYYY-MM-DD separated by commas, found \"\(text)\"")
                }
                return d
            }
        }
        func parse(_ text: String, _ option: String) throws -> Day {
            guard let d = Day.parse(text) else {
                throw ValidationError("\(option): expected a date YYYY-MM-DD, found \"\(text)\"")
            }
            return d
        }
        return try SnapshotSchedule.dates(from: parse(from!, "--from"), to: parse(to!, "--to"), every: every)
    }

    struct FileSummary: Codable {
        var file: String, read: Int, used: Int, rejected: Int
        init(_ a: FileAccounting) { file = a.file; read = a.read; used = a.used; rejected = a.rejected }
    }

    struct Summary: Codable {
        var out: String
        var rows: Int
        var features: [String]
        var snapshots: [SnapshotSummary]
        var files: [FileSummary]

        var text: String {
            var lines = ["wrote \(out): \(rows) rows × \(features.count) features", "",
                         "as of       rows  churned  with next score  labels"]
            for s in snapshots {
                lines.append(s.asOf + pad(s.rows, 8) + pad(s.churned, 9) + pad(s.withNextScore, 17)
                             + (s.labelsComplete ? "  complete" : "  incomplete (horizon runs past the data)"))
            }
            lines.append("")
            lines += files.map { "\($0.file): \($0.read) rows read = \($0.used) used + \($0.rejected) rejected" }
            return lines.joined(separator: "\n")
        }

        private func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: " ", count: max(1, width - s.count)) + s
        }
    }

    /// Pretty, key-sorted JSON text of a value.
    static func jsonText<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

extension SnapshotFrequency: ExpressibleByArgument {}
