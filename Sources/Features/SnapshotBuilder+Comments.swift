import Ingest

extension SnapshotBuilder {
    /// Which responses' sentiments the comment features of the tables at `asOf` read: for each date T and customer,
    /// the commented responses of the customer's latest comment day ≤ T (`CommentHistory.latest`, same-day comments
    /// averaged). The other sentiments never reach a table, so they need not be worked out.
    public static func commentsRead(nps: [NPSResponse], customerCount: Int, asOf: [Day]) -> [Bool] {
        var read = [Bool](repeating: false, count: nps.count)
        var latest = [Int32](repeating: .min, count: customerCount)
        for t in asOf {
            for c in latest.indices { latest[c] = .min }
            for r in nps where r.hasComment && r.day.index <= t.index {
                latest[Int(r.customer)] = max(latest[Int(r.customer)], r.day.index)
            }
            for (i, r) in nps.enumerated() where r.hasComment && r.day.index <= t.index
                && r.day.index == latest[Int(r.customer)] { read[i] = true }
        }
        return read
    }
}
