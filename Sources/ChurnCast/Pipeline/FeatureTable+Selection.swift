import Features

extension FeatureTable {
    /// The table restricted to the snapshots at positions `keep` (ascending), rows and labels alike.
    func selectingSnapshots(_ keep: [Int]) -> FeatureTable {
        let rows = keep.flatMap { Array(snapshotRows[$0]) }
        var t = self
        t.values = []
        t.values.reserveCapacity(rows.count * featureCount)
        for j in 0..<featureCount {
            let base = j * rowCount
            for r in rows { t.values.append(values[base + r]) }
        }
        t.rowCount = rows.count
        t.customerIndex = rows.map { customerIndex[$0] }
        t.asOf = rows.map { asOf[$0] }
        t.churned = rows.map { churned[$0] }
        t.nextScore = rows.map { nextScore[$0] }
        t.nextResponseCount = rows.map { nextResponseCount[$0] }
        t.nextPromoterCount = rows.map { nextPromoterCount[$0] }
        t.nextDetractorCount = rows.map { nextDetractorCount[$0] }
        t.snapshotDates = keep.map { snapshotDates[$0] }
        var start = 0
        t.snapshotRows = keep.map { s in
            let r = start..<(start + snapshotRows[s].count)
            start = r.upperBound
            return r
        }
        return t
    }
}
