import Features

/// The model's used features grouped by family: which family each design column adds to, so that a row's family
/// contributions are a sum of coefficient × standardised value over the family's columns.
struct FamilyLayout {
    /// The families with at least one used feature, in `FeatureFamily` order.
    let families: [FeatureFamily]
    /// Per used feature (design column): its family's index into `families`.
    let familyOfFeature: [Int]
    let coefficients: [Double]

    init(model: ChurnCastModel, table: FeatureTable) {
        let used = model.features.filter { !$0.constant }
        let byName = FeatureFamily.families(featureNames: table.featureNames, encoding: table.encoding,
                                            activityChannels: table.activityChannels)
        let familyOf = used.map { byName[$0.name] ?? .attribute($0.name) }
        families = Set(familyOf).sorted()
        let index = Dictionary(uniqueKeysWithValues: families.enumerated().map { ($1, $0) })
        familyOfFeature = familyOf.map { index[$0]! }
        coefficients = model.churn.predictor.slopes
    }

    /// The family contributions of the rows `selected`, row-major (`selected.count × families.count`), from the
    /// column-major standardised design with `rows` rows, read column by column.
    func contributions(design: [Double], rows: Int, selected: ArraySlice<Int>) -> [Double] {
        let f = families.count
        var out = [Double](repeating: 0, count: selected.count * f)
        for (j, c) in coefficients.enumerated() where c != 0 {
            let (base, family) = (j * rows, familyOfFeature[j])
            for (b, row) in selected.enumerated() { out[b * f + family] += c * design[base + row] }
        }
        return out
    }
}
