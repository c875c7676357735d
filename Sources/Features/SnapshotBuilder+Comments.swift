import Ingest

extension SnapshotBuilder {
    /// Which responses' sentiments the comment features of the tables at `asOf` read: for each date T and customer,
    /// the commented responses of the customer's latest comment day ≤ T (`CommentHistory.latest`, same-day comments
    /// averaged). The other sentiments never reach a table, so they need not be worked out.
    ///
    /// `contractCustomers`: the customer table of a build under the `contract` definition, whose snapshot at T holds
    /// only the customers `activeRows(customers:dates:)` finds active (signed up, not churned); the comments of the
    /// others are then not read either. `nil` (any definition): every customer counts as possibly in the table.
    public static func commentsRead(nps: [NPSResponse], customerCount: Int, asOf: [Day],
                                    contractCustomers: CustomerTable? = nil) -> [Bool] {
        var read = [Bool](repeating: false, count: nps.count)
        var latest = [Int32](repeating: .min, count: customerCount)
        var inTable = [Bool](repeating: contractCustomers == nil, count: customerCount)
        let active = contractCustomers.map { activeRows(customers: $0, dates: asOf) }
        for (s, t) in asOf.enumerated() {
            for c in latest.indices { latest[c] = .min }
            if let active {
                for c in inTable.indices { inTable[c] = false }
                for r in active.snapshotRows[s] { inTable[Int(active.rowCustomer[r])] = true }
            }
            for r in nps where r.hasComment && r.day.index <= t.index && inTable[Int(r.customer)] {
                latest[Int(r.customer)] = max(latest[Int(r.customer)], r.day.index)
            }
            for (i, r) in nps.enumerated() where r.hasComment && r.day.index <= t.index
                && r.day.index == latest[Int(r.customer)] { read[i] = true }
        }
        return read
    }
}
