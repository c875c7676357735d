import Ingest

/// Social engagement rows as activity of the four channels likes, shares, comments and dms: the inactivity
/// churn definition on an engagement export reads it through this.
final class EngagementActivity: ActivitySource {
    let engagement: EngagementSource
    let channels = ["likes", "shares", "comments", "dms"]

    init(_ engagement: EngagementSource) { self.engagement = engagement }

    func forEachBatch(_ body: (ActivityRows) throws -> Void) throws {
        var customers: [Int32] = [], days: [Int32] = [], values: [Int64] = []
        try engagement.forEachBatch { rows in
            customers.removeAll(keepingCapacity: true); days.removeAll(keepingCapacity: true)
            values.removeAll(keepingCapacity: true)
            for r in rows {
                customers.append(r.customer); days.append(r.day.index)
                for v in [r.likes, r.shares, r.comments, r.dms] { values.append(Int64(v) * ActivityNumber.scale) }
            }
            guard !rows.isEmpty else { return }
            try customers.withUnsafeBufferPointer { c in try days.withUnsafeBufferPointer { d in
                try values.withUnsafeBufferPointer { v in
                    try body(ActivityRows(count: rows.count, channelCount: 4, customers: c.baseAddress!,
                                          days: d.baseAddress!, values: v.baseAddress!))
                }
            }}
        }
    }
}
