import Ingest
import Support

/// The first and last date present in the exports: the first signup, and the latest of signups, churns, NPS
/// responses and (when it matters) engagement events. An as-of date outside it describes no data: after the last
/// date every customer looks silent for months (so risk bands fill up), before the first there is no one.
struct ExportDateRange {
    let first: Day
    let last: Day

    /// The range of `data`, or nil when there are no customers. Engagement is read (one extra pass over the file)
    /// only when `needingEngagement`, since its last date is not known before the snapshot is built.
    /// Customers without a signup (non-contractual exports) start at their first activity, so the activity export
    /// is then read for the first date too.
    init?(_ data: LoadedExports, needingEngagement: Bool) throws {
        let customers = data.customers
        let signups = customers.signup.filter { $0 != CustomerTable.unknownSignup }
        if signups.count < customers.count {
            guard customers.count > 0, let range = try Self.activityRange(data, signups: signups) else { return nil }
            (first, last) = range
            return
        }
        guard let first = customers.signup.min() else { return nil }
        var last = customers.signup.max()!
        for churn in customers.churn { if let c = churn, c > last { last = c } }
        for r in data.nps where r.day > last { last = r.day }
        if needingEngagement {
            var latest = last
            if let activity = data.engagement.activity {
                try activity.forEachBatch { rows in for i in 0..<rows.count where rows.days[i] > latest.index {
                    latest = Day(index: rows.days[i]) } }
            } else {
                try data.engagement.forEachBatch { rows in for r in rows where r.day > latest { latest = r.day } }
            }
            last = latest
        }
        (self.first, self.last) = (first, last)
    }

    /// The range of the known signups, NPS responses and every activity row (social or other channels).
    private static func activityRange(_ data: LoadedExports, signups: [Day]) throws -> (Day, Day)? {
        var lo = Int32.max, hi = Int32.min
        for d in signups.map(\.index) + data.nps.map(\.day.index) { lo = min(lo, d); hi = max(hi, d) }
        if let activity = data.engagement.activity {
            try activity.forEachBatch { rows in
                for i in 0..<rows.count { lo = min(lo, rows.days[i]); hi = max(hi, rows.days[i]) }
            }
        } else {
            try data.engagement.forEachBatch { rows in
                for r in rows { lo = min(lo, r.day.index); hi = max(hi, r.day.index) }
            }
        }
        return lo <= hi ? (Day(index: lo), Day(index: hi)) : nil
    }

    /// Throws `AsOfOutsideData` for the first of `dates` before the exports' first date or after their last. The
    /// engagement export is read only when a date is later than every other export's dates.
    static func check(_ dates: [Day], in data: LoadedExports) throws {
        guard let cheap = try ExportDateRange(data, needingEngagement: false) else { return }
        guard dates.contains(where: { $0 < cheap.first || $0 > cheap.last }) else { return }
        try (ExportDateRange(data, needingEngagement: true) ?? cheap).check(dates)
    }

    /// Throws `AsOfOutsideData` for the first of `dates` before `first`, else the first after `last`.
    func check(_ dates: [Day]) throws {
        if let early = dates.first(where: { $0 < first }) { throw AsOfOutsideData(asOf: early.description, range: self) }
        if let late = dates.first(where: { $0 > last }) { throw AsOfOutsideData(asOf: late.description, range: self) }
    }
}
