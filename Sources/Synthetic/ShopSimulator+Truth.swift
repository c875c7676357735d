import Ingest

extension ShopSimulator {
    /// Writes the customer's truth row (with alive, probability of no order and expected orders at every quarter
    /// end) and adds them to the chunk's counts.
    mutating func record(_ t: ShopCustomerTruth, _ out: inout ShopChunk) {
        out.counters.customers += 1
        if t.orders > 1 { out.counters.repeatBuyers += 1 }
        if t.inactiveDay == nil { out.counters.activeAtEnd += 1 }
        writer.truth(&out.truth, id: id, t)
        let h = config.truthHorizonDays
        for (i, q) in ends.enumerated() {
            let acquired = t.profile.firstOrder <= q.end, alive = t.alive(at: q.end)
            let outlook = t.outlook(after: q.end, days: h, hazard: config.model.backgroundHazard, season: season)
            writer.quarter(&out.truth, acquired: acquired, alive: alive, noOrder: outlook.noOrder,
                           expected: outlook.expected)
            guard acquired else { continue }
            let last = q.end.days(since: config.start)
            out.counters.quarters[i][0] += 1
            if alive { out.counters.quarters[i][1] += 1 }
            if hasOrder(max(0, q.start.days(since: config.start)), last) { out.counters.quarters[i][2] += 1 }
            if q.end.adding(days: h) <= config.end {
                if !hasOrder(last + 1, last + h) { out.counters.quarters[i][3] += 1 }
                out.counters.expectedNoOrder[i] += outlook.noOrder
            }
        }
        out.truth.endRecord()
    }

    /// Whether the current customer ordered on a day offset in lo...hi (binary search in `orderDays`).
    func hasOrder(_ lo: Int, _ hi: Int) -> Bool {
        var a = 0, b = orderDays.count
        while a < b {
            let mid = (a + b) / 2
            if orderDays[mid] < lo { a = mid + 1 } else { b = mid }
        }
        return a < orderDays.count && orderDays[a] <= hi
    }
}
