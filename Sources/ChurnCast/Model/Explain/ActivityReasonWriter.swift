import Features

/// The words of the activity family (the columns of `ActivityFeatures`) from the customer's own values: how long
/// since the last activity against the customer's own typical gap between active days ("no order for 212 days
/// (typical 35)"), or "no order on record".
struct ActivityReasonWriter {
    /// The raw values of the table (column-major) and its row count.
    let values: [Double]
    let rows: Int
    /// The columns of days since the last activity, the typical gap, active days in 365 and "no activity on record".
    let sinceColumn: Int?
    let gapColumn: Int?
    let noneColumn: Int?
    let daysColumn: Int?
    /// What one active day is called: "order" when there is an orders channel, else "activity".
    let noun: String

    init(features: ActivityFeatures, table: FeatureTable) {
        values = table.values
        rows = table.rowCount
        sinceColumn = table.featureIndex(named: features.name(.init(kind: .daysSinceLast, channel: nil)))
        gapColumn = table.featureIndex(named: features.name(.init(kind: .typicalGap, channel: nil)))
        daysColumn = table.featureIndex(named: features.name(.init(kind: .activeDays365, channel: nil)))
        noneColumn = table.featureIndex(named: features.name(.init(kind: .hasNone, channel: nil)))
        noun = features.channels.contains { $0.name == "orders" } ? "order" : "activity"
    }

    /// The columns `familyWords` reads (its words are a function of their values: `ReasonWordCache`).
    var inputColumns: [Int] { [noneColumn, daysColumn, sinceColumn, gapColumn].compactMap { $0 } }

    /// The activity family's words for row `row`; after a silent year there is no gap to compare with.
    func familyWords(row: Int) -> String {
        if let none = noneColumn, values[none * rows + row] >= 0.5 { return "no \(noun) on record" }
        let quietYear = daysColumn.map { values[$0 * rows + row] == 0 } ?? false
        let since = sinceColumn.map { values[$0 * rows + row] } ?? 0
        let capped = Int(since) >= ActivityFeatures.recencyCapDays ? " or more" : ""
        let typical = quietYear ? nil : gapColumn.map { " (typical \(ReasonWriter.format(values[$0 * rows + row].rounded())))" }
        return "no \(noun) for \(ReasonWriter.days(Int(since)))\(capped)" + (typical ?? "")
    }
}
