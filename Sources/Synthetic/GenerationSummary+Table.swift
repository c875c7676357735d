import Foundation

extension GenerationSummary {
    /// The human-readable summary `churncast generate` prints: rows per file, churn and NPS per quarter,
    /// NPS and churn per plan and region.
    public func table(directory: String, config: SyntheticConfig) -> String {
        var out = "Wrote \(customers) customers to \(directory) (seed \(config.seed), \(config.start) to \(config.end)"
        out += config.messy ? ", messy exports" : ""
        out += config.shock.map { ", shock \($0.segment.rawValue)=\($0.level) from \($0.date) size \(format($0.size, 2))" } ?? ""
        out += ")\n"
        out += "  customers.csv      \(pad(rows.customers, 10)) rows\n"
        out += "  nps_responses.csv  \(pad(rows.npsResponses, 10)) rows\n"
        out += "  engagement.csv     \(pad(rows.engagement, 10)) rows\n"
        if badRows > 0 { out += "  + \(badRows) planted bad rows (listed in ground_truth.json)\n" }
        out += "  ground_truth.json  the planted model, seed and configuration; the oracle replays it\n"
        let churnText = meanQuarterlyChurnRate.map { "\(format(100 * $0, 1))% per complete quarter" } ?? "n/a"
        out += "Churn: \(churnText); \(churned) customers churned during the history\n\n"
        out += "quarter   active  churned   churn  responses     NPS\n"
        for q in quarters {
            out += q.label.padding(toLength: 8, withPad: " ", startingAt: 0)
            out += pad(q.activeAtStart, 8) + pad(q.churned, 9)
            out += (q.churnRate.map { format(100 * $0, 1) + "%" } ?? "-").leftPadded(8)
            out += pad(q.responses, 11) + (q.nps.map { signed($0) } ?? "-").leftPadded(8) + "\n"
        }
        out += "\nsegment             customers  churned  responses     NPS\n"
        for (kind, list) in [("plan", plans), ("region", regions)] {
            for s in list {
                out += "\(kind)=\(s.name)".padding(toLength: 18, withPad: " ", startingAt: 0)
                out += pad(s.customers, 11) + pad(s.churned, 9) + pad(s.responses, 11)
                out += (s.nps.map { signed($0) } ?? "-").leftPadded(8) + "\n"
            }
        }
        return out
    }

    private func pad(_ v: Int, _ width: Int) -> String { String(v).leftPadded(width) }
    private func format(_ v: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", v) }
    private func signed(_ v: Double) -> String { (v >= 0 ? "+" : "") + String(format: "%.1f", v) }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
