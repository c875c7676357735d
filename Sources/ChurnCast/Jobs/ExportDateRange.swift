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
    init?(_ data: LoadedExports, needingEngagement: Bool) throws {
        let customers = data.customers
        guard let first = customers.signup.min() else { return nil }
        var last = customers.signup.max()!
        for churn in customers.churn { if let c = churn, c > last { last = c } }
        for r in data.nps where r.day > last { last = r.day }
        if needingEngagement {
            var latest = last
            try data.engagement.forEachBatch { rows in for r in rows where r.day > latest { latest = r.day } }
            last = latest
        }
        (self.first, self.last) = (first, last)
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
