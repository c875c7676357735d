import Ingest

/// Counts of one snapshot of a feature table, for the summary a command prints (`--json` encodes it).
public struct SnapshotSummary: Codable, Sendable, Equatable {
    /// As-of date, `YYYY-MM-DD`.
    public var asOf: String
    /// Customers active at the as-of date (rows).
    public var rows: Int
    /// Rows labelled churned within the horizon.
    public var churned: Int
    /// Rows with at least one response in the horizon (the NPS model's training rows).
    public var withNextScore: Int
    /// Whether the horizon ends on or before the latest date in the data (otherwise labels may still change).
    public var labelsComplete: Bool
}

extension FeatureTable {
    /// One summary per snapshot, in date order.
    public var snapshotSummaries: [SnapshotSummary] {
        snapshotDates.indices.map { s in
            let range = snapshotRows[s]
            return SnapshotSummary(asOf: snapshotDates[s].description, rows: range.count,
                                   churned: range.reduce(0) { $0 + Int(churned[$1]) },
                                   withNextScore: range.reduce(0) { $0 + (nextResponseCount[$1] > 0 ? 1 : 0) },
                                   labelsComplete: labelsComplete(snapshot: s))
        }
    }
}
