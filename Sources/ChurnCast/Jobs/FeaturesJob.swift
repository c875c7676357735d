import Features
import Ingest

/// `churncast features` as one call: the point-in-time feature table of one or more snapshots, written as a CSV, or
/// the feature dictionary.
public enum FeaturesJob {
    public enum Request: Sendable {
        /// Build the snapshots at `dates` with labels over `horizonDays` and write them to `out`.
        /// `out` may be `-` (standard output).
        case table(exports: ExportsRequest, dates: [AsOfDate], horizonDays: Int, out: String)
        /// Describe every feature (name, window, value without history, meaning).
        case describe(horizonDays: Int)
        /// Describe the features of the activity layout for these channels (`--describe --channels a,b`; `nil`:
        /// the social ones).
        case describeActivity(horizonDays: Int, channels: String?)
    }

    public static func run(_ request: Request) throws -> JobResult {
        switch request {
        case .describe(let horizon):
            let entries = FeatureDictionary.describe(config: SnapshotConfig(asOf: [], horizonDays: horizon))
            return JobResult(text: { FeatureDictionary.textTable(entries) },
                             json: { try JSONText.encode(entries) + "\n" })
        case .describeActivity(let horizon, let names):
            let list = try names.map(ActivitySettings.channels(commandLine:)) ?? ["likes", "shares", "comments", "dms"]
            let channels = list.map { ActivityChannel(name: $0, amount: true) }
            let entries = FeatureDictionary.describeActivity(channels: channels,
                                                             config: SnapshotConfig(asOf: [], horizonDays: horizon))
            return JobResult(text: { FeatureDictionary.textTable(entries) },
                             json: { try JSONText.encode(entries) + "\n" })
        case .table(let exports, let dates, let horizon, let out):
            // Checked before the (slow) read when every date is known.
            if !dates.contains(.latest) { try SnapshotConfig(asOf: dates.compactMap(\.day), horizonDays: horizon).validate() }
            let loaded = try exports.load()
            var config = SnapshotConfig(asOf: try AsOfDate.resolve(dates, in: loaded), horizonDays: horizon)
            config.churnDefinition = try exports.churnDefinitionAsked()
            try config.validate()
            let table = try SnapshotBuilder(config).build(customers: loaded.customers, nps: loaded.nps,
                                                          engagement: loaded.engagement)
            try table.writeCSV(to: out)
            let summary = FeatureTableSummary(out: out, table: table, accounting: loaded.accounting)
            let note = ChurnDefinition.note(table.churnDefinition, channels: table.activityChannels, horizonDays: horizon)
            return JobResult(summary: { summary.text }, value: summary, notes: loaded.notes + [note].compactMap { $0 },
                             retained: (table, loaded))
        }
    }
}
