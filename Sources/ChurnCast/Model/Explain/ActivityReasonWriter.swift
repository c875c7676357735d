import Features
import Foundation

/// Reasons for the columns of `ActivityFeatures` (family "activity"), in plain words from the customer's own
/// values: "no order for 212 days (typical 35)" — typical there is the customer's own gap between active days —,
/// "orders in 90 days 0 (typical 2)" — typical there the training mean.
struct ActivityReasonWriter {
    let features: ActivityFeatures
    /// The raw values of the table (column-major) and its row count.
    let values: [Double]
    let rows: Int
    /// The columns of days since the last activity, the typical gap and "no activity on record".
    let sinceColumn: Int?
    let gapColumn: Int?
    let noneColumn: Int?
    let daysColumn: Int?
    /// What one active day is called: "order" when there is an orders channel, else "activity".
    let noun: String

    init(features: ActivityFeatures, table: FeatureTable) {
        self.features = features
        values = table.values
        rows = table.rowCount
        sinceColumn = table.featureIndex(named: features.name(.init(kind: .daysSinceLast, channel: nil)))
        gapColumn = table.featureIndex(named: features.name(.init(kind: .typicalGap, channel: nil)))
        daysColumn = table.featureIndex(named: features.name(.init(kind: .activeDays365, channel: nil)))
        noneColumn = table.featureIndex(named: features.name(.init(kind: .hasNone, channel: nil)))
        noun = features.channels.contains { $0.name == "orders" } ? "order" : "activity"
    }

    /// The family name reasons group these columns under.
    static let family = ActivityFeatures.family

    func reason(_ column: ActivityFeatures.Column, value x: Double, trainingMean mean: Double, row: Int) -> String {
        let f = ReasonWriter.format
        if let none = noneColumn, values[none * rows + row] >= 0.5 { return "no \(noun) on record" }
        let gap = gapColumn.map { values[$0 * rows + row] }
        let quietYear = daysColumn.map { values[$0 * rows + row] == 0 } ?? false
        // Recency against the customer's own typical gap (none to compare with after a silent year).
        var recency: String {
            let since = sinceColumn.map { values[$0 * rows + row] } ?? 0
            let capped = Int(since) >= ActivityFeatures.recencyCapDays ? " or more" : ""
            return "no \(noun) for \(ReasonWriter.days(Int(since)))\(capped)"
                + (quietYear ? "" : gap.map { " (typical \(f($0.rounded())))" } ?? "")
        }
        switch column.kind {
        case .daysSinceLast, .logDaysSinceLast, .logOverdue, .expectedMissed, .hasNone:
            return recency
        case .typicalGap:
            if quietYear { return recency }
            return "usually \(f(x.rounded())) days between \(noun == "order" ? "orders" : "active days") (typical \(f(mean.rounded())))"
        case .activeDays90, .activeDays365:
            let days = column.kind == .activeDays90 ? 90 : 365
            return "active on \(f(x)) days in the last \(days) (typical \(f(mean)))"
        case .logActiveDays730:
            return "active on \(f(expm1(x).rounded())) days in the last 730 (typical \(f(expm1(mean).rounded())))"
        case .logTenure:
            return "customer for \(ReasonWriter.days(Int(expm1(x).rounded())))"
        case .sum30, .sum90, .sum365:
            let days = column.kind == .sum30 ? 30 : column.kind == .sum90 ? 90 : 365
            return "\(name(column)) in \(days) days \(f(x)) (typical \(f(mean)))"
        case .logRate:
            return "\(name(column)) per active day \(f((expm1(x) * 10).rounded() / 10)) (typical \(f((expm1(mean) * 10).rounded() / 10)))"
        case .perActiveDay:
            return "\(name(column)) per active day \(f(x)) (typical \(f(mean)))"
        case .recentVsUsual:
            return change(x, of: name(column), against: "the customer's usual rate")
        case .trend:
            return change(x, of: name(column), against: "the previous 60 days")
        }
    }

    /// The activity family's words for row `row`: how long since the last activity against the customer's own
    /// typical gap ("no order for 212 days (typical 35)"), or "no order on record".
    func familyWords(row: Int) -> String {
        reason(ActivityFeatures.Column(kind: .daysSinceLast, channel: nil), value: 0, trainingMean: 0, row: row)
    }

    private func name(_ column: ActivityFeatures.Column) -> String { features.channels[column.channel!].name }

    /// "orders down 64% vs the previous 60 days" for a ratio s = (r − p)/(r + p).
    private func change(_ s: Double, of what: String, against: String) -> String {
        guard let pct = FeatureDictionary.engagementPercentChange(trend: s) else { return "\(what) only recently, none before" }
        let p = Int(abs(pct).rounded())
        return pct < 0 ? "\(what) down \(p)% vs \(against)" : pct > 0 ? "\(what) up \(p)% vs \(against)" : "\(what) flat vs \(against)"
    }
}
