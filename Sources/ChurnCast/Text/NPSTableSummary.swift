import Forecast
import Support

/// What `churncast nps` prints: an `NPSTable` as a table for people (`text`) and as plain JSON for machines
/// (dates as `YYYY-MM-DD`, intervals as low/high): one entry per period, everyone first, then each segment.
public struct NPSTableSummary: Codable, Sendable {
    /// A difference of two NPS with its test (this period against the previous, a segment against the rest).
    public struct Test: Codable, Sendable {
        public var difference: Double
        public var low: Double
        public var high: Double
        public var pValue: Double
        public var isStatisticallyReal: Bool

        init(_ c: NPSComparison) {
            (difference, low, high, pValue, isStatisticallyReal) = (c.difference, c.lower, c.upper, c.pValue,
                                                                     c.isStatisticallyReal)
        }
    }

    /// One group's NPS in one period; the figures are nil when it has no answers.
    public struct Group: Codable, Sendable {
        public var group: String
        public var respondents: Int
        public var promoters: Int
        public var passives: Int
        public var detractors: Int
        public var nps: Double?
        public var standardError: Double?
        /// The Wald margin z · SE at the table's confidence.
        public var margin: Double?
        public var intervalLow: Double?
        public var intervalHigh: Double?
        public var changeFromPrevious: Test?
        public var versusRest: Test?

        init(_ c: NPSCell) {
            group = c.label
            (respondents, promoters, passives, detractors) = (c.tally.total, c.tally.promoters, c.tally.passives,
                                                              c.tally.detractors)
            (nps, standardError, margin) = (c.nps, c.standardError, c.margin)
            (intervalLow, intervalHigh) = (c.interval?.lower, c.interval?.upper)
            changeFromPrevious = c.change.map(Test.init)
            versusRest = c.versusRest.map(Test.init)
        }
    }

    public struct Period: Codable, Sendable {
        /// "2026-Q3" or "2026-09".
        public var period: String
        public var first: String
        public var last: String
        /// False for a period still running on the table's last day.
        public var complete: Bool
        /// Everyone first, then each segment.
        public var groups: [Group]
    }

    public var every: String
    public var segmentBy: String?
    public var through: String?
    public var confidence: Double
    public var intervalMethod: String
    public var periods: [Period]

    public init(_ table: NPSTable, segmentBy: String?) {
        every = table.every.rawValue
        self.segmentBy = segmentBy
        through = table.through?.description
        confidence = table.confidence
        intervalMethod = table.method == .adjustedWald ? "adjusted Wald" : "Wald"
        periods = table.rows.map { row in
            Period(period: row.period.label, first: row.period.first.description, last: row.period.last.description,
                   complete: row.complete, groups: ([row.cells.overall] + row.cells.segments).map(Group.init))
        }
    }

    /// The table for people: one line per period and group (no final newline).
    public var text: String {
        let level = Format.fixed(100 * confidence, 0) + "%"
        var lines = ["NPS by \(every)" + (segmentBy.map { " and \($0)" } ?? "") + (through.map { ", through \($0)" } ?? "")
                     + " (margin and interval at \(level), interval \(intervalMethod); * statistically real, p < "
                     + Format.fixed(1 - confidence, 2) + ")"]
        guard !periods.isEmpty else { return lines[0] + "\n  no answers" }
        let t = TextTable(indent: "  ", [.init(11, .left), .init(14, .left), .init(8), .init(7), .init(7), .init(7),
                                         .init(8), .init(8), .init(15), .init(10), .init(8), .init(10), .init(8)])
        lines.append(t.row(["period", "group", "answers", "prom.", "pass.", "detr.", "NPS", "±margin",
                            "interval", "change", "p", "vs rest", "p"]))
        for p in periods {
            for (i, g) in p.groups.enumerated() {
                let label = i > 0 ? "" : p.period + (p.complete ? "" : " …")
                lines.append(String(t.row([label, g.group] + Self.cells(g)).reversed().drop { $0 == " " }.reversed()))
            }
        }
        if periods.last?.complete == false { lines.append("  … the period is still running on \(through ?? "")") }
        return lines.joined(separator: "\n")
    }

    static func cells(_ g: Group) -> [String] {
        let n = Double(max(g.respondents, 1))
        func share(_ k: Int) -> String { g.respondents == 0 ? "" : Format.percent(Double(k) / n, 0) }
        func test(_ t: Test?) -> [String] {
            guard let t else { return ["", ""] }
            return [Format.signed(t.difference, 1) + (t.isStatisticallyReal ? "*" : " "), pValue(t.pValue)]
        }
        let interval = g.intervalLow.flatMap { lo in
            g.intervalHigh.map { Format.signed(lo, 1) + "…" + Format.signed($0, 1) }
        } ?? ""
        return [String(g.respondents), share(g.promoters), share(g.passives), share(g.detractors),
                g.nps.map { Format.signed($0, 1) } ?? "n/a", g.margin.map { Format.fixed($0, 1) } ?? "", interval]
            + test(g.changeFromPrevious) + test(g.versusRest)
    }

    /// "0.031", "<0.001".
    static func pValue(_ p: Double) -> String { p < 0.001 ? "<0.001" : Format.fixed(p, 3) }
}
