import Foundation

extension ShopSummary {
    /// The human-readable summary `churncast generate --kind shop` prints: rows per file, orders and revenue,
    /// repeat buyers, and per quarter end the acquired and truly active customers and the share without an order
    /// in the next `horizonDays` days, realised against planted.
    public func table(directory: String, config: ShopConfig) -> String {
        var out = "Wrote a shop base of \(customers) customers to \(directory) (seed \(config.seed), "
            + "\(config.start) to \(config.end))\n"
        out += "  customers.csv      \(pad(customers, 10)) rows (no churn_date: customers fade out)\n"
        out += "  orders.csv         \(pad(orderRows, 10)) rows (\(orders) orders, \(units) units, revenue "
            + String(format: "%.2f", revenue) + ")\n"
        if config.surveyShare > 0 { out += "  nps_responses.csv  \(pad(npsResponses, 10)) rows\n" }
        out += "  shop_truth.csv     per customer: rate, dropout, inactive day; alive, P(no order) and expected orders per quarter end\n"
        out += "  shop_truth.json    the planted model, seed and configuration\n"
        out += "Repeat buyers: " + percent(Double(repeatBuyers) / Double(max(1, customers)))
            + "; active at the end: \(activeAtEnd)\n\n"
        out += "quarter  acquired    active    buyers  no order in \(horizonDays)d  planted\n"
        for q in quarters {
            out += q.label.padding(toLength: 7, withPad: " ", startingAt: 0)
            out += pad(q.acquired, 10) + pad(q.active, 10) + pad(q.buyers, 10)
            let realised = q.noOrderInHorizon.map { percent(Double($0) / Double(max(1, q.acquired))) } ?? "-"
            let planted = q.expectedNoOrderInHorizon.map { percent($0 / Double(max(1, q.acquired))) } ?? "-"
            out += realised.leftPadded(17) + planted.leftPadded(9) + "\n"
        }
        return out
    }

    private func pad(_ v: Int, _ width: Int) -> String { String(v).leftPadded(width) }
    private func percent(_ v: Double) -> String { String(format: "%.1f%%", 100 * v) }
}
