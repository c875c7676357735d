import Features

extension FeatureTable {
    /// The table restricted to the snapshots at positions `keep` (ascending), rows and labels alike.
    /// - Complexity: copies only the kept rows (one run per snapshot and column).
    func selectingSnapshots(_ keep: [Int]) -> FeatureTable {
        var t = self
        t.values = []
        t.values.reserveCapacity(keep.reduce(0) { $0 + snapshotRows[$1].count } * featureCount)
        for j in 0..<featureCount {
            for s in keep { t.values.append(contentsOf: values[(j * rowCount + snapshotRows[s].lowerBound)..<(j * rowCount + snapshotRows[s].upperBound)]) }
        }
        t.restrictLabelsAndRows(to: keep)
        return t
    }

    /// Restricts the table to the snapshots at positions `keep` (ascending), in place: each snapshot's rows are
    /// one run per column, moved down over the dropped ones, so no second table is allocated.
    mutating func keepSnapshots(_ keep: [Int]) {
        precondition(zip(keep, keep.dropFirst()).allSatisfy { $0 < $1 }, "snapshots to keep must be ascending")
        let runs = keep.map { snapshotRows[$0] }
        let kept = runs.reduce(0) { $0 + $1.count }
        let (oldRows, columns) = (rowCount, featureCount)
        values.withUnsafeMutableBufferPointer { v in
            let base = v.baseAddress!
            var destination = 0
            // Every destination lies at or below its source and both advance, so no source is overwritten before
            // it is read; `update(from:count:)` allows the overlap within a run.
            for j in 0..<columns {
                for run in runs {
                    (base + destination).update(from: base + j * oldRows + run.lowerBound, count: run.count)
                    destination += run.count
                }
            }
        }
        values.removeLast(values.count - kept * columns)
        restrictLabelsAndRows(to: keep)
    }

    /// Everything but `values` restricted to the snapshots at positions `keep`.
    private mutating func restrictLabelsAndRows(to keep: [Int]) {
        let runs = keep.map { snapshotRows[$0] }
        func select<T>(_ array: [T]) -> [T] { runs.flatMap { array[$0] } }
        rowCount = runs.reduce(0) { $0 + $1.count }
        customerIndex = select(customerIndex)
        asOf = select(asOf)
        churned = select(churned)
        nextScore = select(nextScore)
        nextResponseCount = select(nextResponseCount)
        nextPromoterCount = select(nextPromoterCount)
        nextDetractorCount = select(nextDetractorCount)
        snapshotDates = keep.map { snapshotDates[$0] }
        var start = 0
        snapshotRows = runs.map { run in
            defer { start += run.count }
            return start..<(start + run.count)
        }
    }

    /// How many different customers the rows hold (a customer is in each snapshot where it is active).
    /// - Complexity: O(rows), one mark per customer index (a hash set of millions of rows took about a second).
    var distinctCustomerCount: Int {
        var seen = [Bool](repeating: false, count: Int(customerIndex.max() ?? -1) + 1)
        var count = 0
        for c in customerIndex where !seen[Int(c)] {
            seen[Int(c)] = true
            count += 1
        }
        return count
    }
}
