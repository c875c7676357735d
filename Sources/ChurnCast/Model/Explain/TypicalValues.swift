import Features

/// What is typical among comparable customers, for the words of reasons: medians over the scored population
/// (not stored at training: they describe the customers being scored). NPS medians are over customers who
/// answered, engagement medians over customers with any engagement, a numeric attribute's over customers for whom it
/// is known. Exact medians (the mean of the two middle values for an even count, as SQL's PERCENTILE_CONT(0.5), so
/// that `churncast sql score` writes the same words), found by selection in O(rows).
struct TypicalValues {
    /// At most this many rows of a population feed `ChurnCastModel.familyDrivers` (an evenly spaced sample).
    static let sampleSize = 20_001

    var lastNPS: Double?
    var engagement30: Double?
    var tenureDays: Double?
    /// Per numeric attribute name: its median.
    var attributes: [String: Double]

    init(table: FeatureTable) {
        let hasNPS = table.featureIndex(named: BuiltInFeature.hasNoNPS.name).map { Self.filter(table, $0, 0) }
        let engaged = table.featureIndex(named: BuiltInFeature.hasNoEngagement.name).map { Self.filter(table, $0, 0) }
        lastNPS = hasNPS.flatMap { Self.median(table, BuiltInFeature.npsLastScore.column, where: $0) }
        engagement30 = engaged.flatMap { keep in
            Self.median(table, where: keep) { row in
                (0..<4).reduce(0.0) { $0 + table.value(row: row, feature: BuiltInFeature.likes30.column + $1) }
            }
        }
        tenureDays = Self.median(table, BuiltInFeature.tenureDays.column, where: nil)
        var attributes: [String: Double] = [:]
        for n in table.encoding.numeric {
            guard let j = table.featureIndex(named: n.name) else { continue }
            let present = table.featureIndex(named: n.missingFeatureName).map { Self.filter(table, $0, 0) }
            attributes[n.name] = Self.median(table, j, where: present)
        }
        self.attributes = attributes
    }

    /// Rows whose column `j` equals `value`.
    private static func filter(_ table: FeatureTable, _ j: Int, _ value: Double) -> (Int) -> Bool {
        { table.value(row: $0, feature: j) == value }
    }

    private static func median(_ table: FeatureTable, _ j: Int, where keep: ((Int) -> Bool)?) -> Double? {
        median(table, where: keep) { table.value(row: $0, feature: j) }
    }

    /// The median of `value` over the rows that `keep` (all when `nil`); `nil` when none.
    private static func median(_ table: FeatureTable, where keep: ((Int) -> Bool)?,
                               value: (Int) -> Double) -> Double? {
        var v: [Double] = []
        for row in 0..<table.rowCount where keep?(row) ?? true { v.append(value(row)) }
        return median(&v)
    }

    /// The median of `v` (reordered): the middle value, or the mean of the two middle values; `nil` when empty.
    static func median(_ v: inout [Double]) -> Double? {
        guard !v.isEmpty else { return nil }
        let k = v.count / 2
        select(&v, k)
        // After selection every value before k is ≤ v[k]: the lower middle is their largest.
        return v.count % 2 == 1 ? v[k] : (v[..<k].max()! + v[k]) / 2
    }

    /// Reorders `v` so that `v[k]` is the value a sort would put there, smaller-or-equal ones before it and
    /// greater-or-equal ones after (Hoare's selection with a median-of-three pivot).
    static func select(_ v: inout [Double], _ k: Int) {
        var (lo, hi) = (0, v.count - 1)
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            let pivot = [v[lo], v[mid], v[hi]].sorted()[1]
            var (i, j) = (lo, hi)
            while i <= j {
                while v[i] < pivot { i += 1 }
                while v[j] > pivot { j -= 1 }
                if i <= j { v.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { return }
        }
    }
}
