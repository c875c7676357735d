import Features

extension ChurnCastModel {
    /// Each of the rows `rows`' reasons: the feature families whose net contribution raises its churn risk most,
    /// with the customer's own values in words, at most `count` each. "Typical" values in the words are medians
    /// over comparable customers of `table` (the population being scored; respondents for NPS).
    public func familyReasons(_ predictions: Predictions, table: FeatureTable, rows: [Int],
                              count: Int = 3) -> [[FamilyReason]] {
        ReasonExplainer(model: self, table: table, design: predictions.design)
            .familyReasons(rows: rows[...], count: count)
    }

    /// What moves churn risk in `table`'s population, by feature family, strongest first: the spread (standard
    /// deviation) of each family's net contribution, and whether the risk rises or falls with the family's
    /// headline value (its correlation with the contribution beyond ±0.3, else mixed; a text attribute is mixed).
    public func familyDrivers(_ predictions: Predictions, table: FeatureTable) -> [FamilyDriver] {
        let layout = FamilyLayout(model: self, table: table)
        let step = max(1, table.rowCount / TypicalValues.sampleSize)
        let sample = Array(stride(from: 0, to: table.rowCount, by: step))
        let f = layout.families.count
        let c = layout.contributions(design: predictions.design.storage, rows: table.rowCount, selected: sample[...])
        return layout.families.enumerated().map { k, family in
            let contribution = sample.indices.map { c[$0 * f + k] }
            let (headline, value) = Self.headline(family, table: table)
            let pairs = sample.indices.compactMap { i in value(sample[i]).map { (contribution[i], $0) } }
            let r = Self.correlation(pairs)
            let direction: FamilyDriver.Direction = r > 0.3 ? .raisesRisk : r < -0.3 ? .lowersRisk : .mixed
            return FamilyDriver(family: family, plainName: family.plainName, headline: headline, direction: direction,
                                strength: Self.standardDeviation(contribution))
        }.sorted { $0.strength != $1.strength ? $0.strength > $1.strength : $0.family < $1.family }
    }

    /// What rises along a family, and its value in a row (`nil` where not comparable, e.g. no NPS answer).
    static func headline(_ family: FeatureFamily, table: FeatureTable) -> (String, (Int) -> Double?) {
        func column(_ b: BuiltInFeature) -> (Int) -> Double? { { table.value(row: $0, b) } }
        switch family.group {
        case "tenure": return ("a longer tenure", column(.tenureDays))
        case "nps":
            return ("a higher last NPS", { table.value(row: $0, .hasNoNPS) >= 0.5 ? nil : table.value(row: $0, .npsLastScore) })
        case "engagement":
            return ("more engagement", { row in (0..<4).reduce(0.0) { $0 + table.value(row: row, feature: BuiltInFeature.likes90.column + $1) } })
        case "attribute":
            guard let j = table.featureIndex(named: family.attribute) else { return ("the level of \(family.attribute)", { _ in nil }) }
            return ("a higher \(family.attribute)", { table.value(row: $0, feature: j) })
        default:
            return ("more \(family.plainName)", { _ in nil })
        }
    }

    static func correlation(_ pairs: [(Double, Double)]) -> Double {
        guard pairs.count > 1 else { return 0 }
        let n = Double(pairs.count)
        let (mx, my) = (pairs.reduce(0) { $0 + $1.0 } / n, pairs.reduce(0) { $0 + $1.1 } / n)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (x, y) in pairs { sxy += (x - mx) * (y - my); sxx += (x - mx) * (x - mx); syy += (y - my) * (y - my) }
        return sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : 0
    }

    static func standardDeviation(_ v: [Double]) -> Double {
        guard !v.isEmpty else { return 0 }
        let mean = v.reduce(0, +) / Double(v.count)
        return (v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(v.count)).squareRoot()
    }
}
