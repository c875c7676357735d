import Ingest
import Report

/// The customer parts: customers and revenue at risk, and who to call.
extension TodayContent {
    /// Active customers, those in the high band, the expected churners and (with a value column) revenue at risk.
    func fillRisk(_ t: inout ReportContent.BusinessToday) throws {
        let scores = today.scores
        t.activeCustomers = scores.count
        t.atRiskBand = RiskBand.high.rawValue
        t.customersAtRisk = scores.filter { $0.riskBand == .high }.count
        t.expectedChurners = scores.reduce(0) { $0 + $1.churnProbability }
        t.horizonDays = today.table.horizonDays
        guard let column = valueColumn, let values = try values() else { return }
        var expected = 0.0, atRisk = 0.0, total = 0.0
        for s in scores {
            guard let v = values[Int(index[s.customerId]!)], v.isFinite else { continue }
            expected += s.churnProbability * v
            total += v
            if s.riskBand == .high { atRisk += v }
        }
        t.revenueAtRisk = ReportContent.RevenueAtRisk(valueColumn: column, expected: expected,
                                                      ofCustomersAtRisk: atRisk, total: total)
    }

    /// Every active customer, riskiest first, as the call list shows them: reasons, last score and value.
    func toCall() throws -> [ReportContent.AtRiskCustomer] {
        let last = lastScores()
        let values = try values()
        return today.scores.map { s in
            let c = Int(index[s.customerId]!)
            return ReportContent.AtRiskCustomer(id: s.customerId, probability: s.churnProbability,
                                                band: s.riskBand.rawValue, reasons: s.topReasons, lastScore: last[c],
                                                value: values?[c].flatMap { $0.isFinite ? $0 : nil })
        }
    }

    /// The value column per customer (nil without `--value`). Throws when the customers have no such numeric column.
    func values() throws -> [Double?]? {
        guard let column = valueColumn else { return nil }
        return try Self.valueColumn(column, of: customers).values.map { $0.isNaN ? nil : $0 }
    }

    /// The numeric customer column `name`; a usage error naming the numeric columns when there is none.
    static func valueColumn(_ name: String, of customers: CustomerTable) throws -> NamedColumn<Double> {
        guard let c = customers.numericAttributes.first(where: { $0.name == name }) else {
            let names = customers.numericAttributes.map(\.name)
            throw InvalidParameter(.valueColumn, value: name, expected: "a numeric customer column (there: "
                                   + (names.isEmpty ? "none" : names.joined(separator: ", ")) + ")")
        }
        return c
    }

    /// Each customer's latest score on or before the report's date (the rounded mean of that day's answers).
    func lastScores() -> [Int?] {
        var day = [Day?](repeating: nil, count: customers.count)
        var sum = [Int](repeating: 0, count: customers.count), count = sum
        for r in responses where r.day <= today.asOf {
            let c = Int(r.customer)
            if let d = day[c], d > r.day { continue }
            if day[c] != r.day { (day[c], sum[c], count[c]) = (r.day, 0, 0) }
            sum[c] += Int(r.score)
            count[c] += 1
        }
        return customers.ids.indices.map { c in
            count[c] > 0 ? Int((Double(sum[c]) / Double(count[c])).rounded()) : nil
        }
    }
}
