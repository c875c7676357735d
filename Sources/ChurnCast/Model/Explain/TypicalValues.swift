import Features

/// What is typical among comparable customers, for the words of reasons: medians over the scored population
/// (not stored at training: they describe the customers being scored). NPS medians are over customers who
/// answered, engagement medians over customers with any engagement; each median is taken from an evenly spaced
/// sample of at most `sampleSize` comparable rows, so explaining a million rows stays a pass over the design.
struct TypicalValues {
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

    /// The median of `value` over an evenly spaced sample of the rows that `keep` (all when `nil`).
    private static func median(_ table: FeatureTable, where keep: ((Int) -> Bool)?,
                               value: (Int) -> Double) -> Double? {
        let step = max(1, table.rowCount / sampleSize)
        var sample: [Double] = []
        for row in stride(from: 0, to: table.rowCount, by: step) where keep?(row) ?? true { sample.append(value(row)) }
        guard !sample.isEmpty else { return nil }
        sample.sort()
        let m = sample.count / 2
        return sample.count % 2 == 1 ? sample[m] : (sample[m - 1] + sample[m]) / 2
    }
}
