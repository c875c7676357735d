import Features
import Foundation

/// The words of the activity family (the columns of `ActivityFeatures`) from the customer's own values: how long
/// since the last activity against what is typical among comparable customers — the median days since the last
/// activity of the scored customers as active over the last 365 days (same band of active days: 1, 2–3, 4–7, …)
/// ("no order for 212 days (typical 35)") — or "no order on record".
struct ActivityReasonWriter {
    /// The raw values of the table (column-major) and its row count.
    let values: [Double]
    let rows: Int
    /// The columns of days since the last activity, active days in 365 and "no activity on record".
    let sinceColumn: Int?
    let noneColumn: Int?
    let daysColumn: Int?
    /// What one active day is called: "order" when there is an orders channel, else "activity".
    let noun: String
    /// Per band of active days in 365 (`band(_:)`): the median days since the last activity in it.
    let typicalSince: [Int: Double]

    init(features: ActivityFeatures, table: FeatureTable) {
        values = table.values
        rows = table.rowCount
        sinceColumn = table.featureIndex(named: features.name(.init(kind: .daysSinceLast, channel: nil)))
        daysColumn = table.featureIndex(named: features.name(.init(kind: .activeDays365, channel: nil)))
        noneColumn = table.featureIndex(named: features.name(.init(kind: .hasNone, channel: nil)))
        noun = features.channels.contains { $0.name == "orders" } ? "order" : "activity"
        typicalSince = Self.bandMedians(values: values, rows: rows, since: sinceColumn, days: daysColumn)
    }

    /// Comparable customers: active on 1, 2–3, 4–7, 8–15, … of the last 365 days (0: none, never compared).
    static func band(_ activeDays: Double) -> Int {
        activeDays < 1 ? 0 : Int(log2(activeDays).rounded(.down)) + 1
    }

    /// The median of days since the last activity per band of active days (bands with activity only).
    static func bandMedians(values: [Double], rows: Int, since: Int?, days: Int?) -> [Int: Double] {
        guard let since, let days else { return [:] }
        var byBand: [Int: [Double]] = [:]
        for row in 0..<rows {
            let b = band(values[days * rows + row])
            if b > 0 { byBand[b, default: []].append(values[since * rows + row]) }
        }
        return byBand.compactMapValues { v in
            var v = v
            return TypicalValues.median(&v)
        }
    }

    /// The columns `familyWords` reads (its words are a function of their values and of `typicalSince`, fixed for
    /// the table: `ReasonWordCache`).
    var inputColumns: [Int] { [noneColumn, daysColumn, sinceColumn].compactMap { $0 } }

    /// The activity family's words for row `row`; after a silent year there is no one comparable to quote.
    func familyWords(row: Int) -> String {
        if let none = noneColumn, values[none * rows + row] >= 0.5 { return "no \(noun) on record" }
        let since = sinceColumn.map { values[$0 * rows + row] } ?? 0
        let capped = Int(since) >= ActivityFeatures.recencyCapDays ? " or more" : ""
        let band = daysColumn.map { Self.band(values[$0 * rows + row]) } ?? 0
        let typical = typicalSince[band].map { " (typical \(ReasonWriter.format($0.rounded())))" }
        return "no \(noun) for \(ReasonWriter.days(Int(since)))\(capped)" + (typical ?? "")
    }
}
