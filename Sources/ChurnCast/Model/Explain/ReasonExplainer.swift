import Features
import LinearAlgebra

/// The top reasons of many rows of one table, by feature family: the model's coefficients grouped by family
/// (`FamilyLayout`), attribute columns and typical values resolved once, so that explaining a million rows costs
/// a pass over the design plus a few sentences per row (`ChurnCastModel.familyReasons`, `Scorer.rows`).
///
/// A family's contribution is Σ coefficient × standardised value over its features, so that correlated features
/// (last and mean NPS) net out; a family is a reason only when that sum is above 0 and the customer's values say
/// something (`ReasonWriter`); reasons are taken largest first (ties: family order).
struct ReasonExplainer {
    /// The table's raw values (column-major, `rows` rows): reasons quote raw values, not standardised ones.
    let values: [Double]
    let rows: Int
    /// The standardised design, column-major (`table.rowCount` rows, one column per used feature).
    let design: [Double]
    let layout: FamilyLayout
    let attributes: [ReasonWriter.AttributeColumns?]
    let typical: TypicalValues
    /// The words of the activity family in a table of activity channels other than the social ones.
    let activityReasons: ActivityReasonWriter?

    init(model: ChurnCastModel, table: FeatureTable, design: Matrix) {
        precondition(design.columns == model.features.filter { !$0.constant }.count && design.rows == table.rowCount,
                     "design does not match the table")
        values = table.values
        rows = table.rowCount
        self.design = design.storage
        layout = FamilyLayout(model: model, table: table)
        attributes = layout.families.map { Self.attributeColumns($0, table: table) }
        typical = TypicalValues(table: table)
        activityReasons = table.activityChannels.map { ActivityReasonWriter(features: ActivityFeatures(channels: $0), table: table) }
    }

    static func attributeColumns(_ family: FeatureFamily, table: FeatureTable) -> ReasonWriter.AttributeColumns? {
        guard family.group == "attribute" else { return nil }
        let e = table.encoding
        if let n = e.numeric.first(where: { $0.name == family.attribute }), let j = table.featureIndex(named: n.name) {
            return .numeric(name: n.name, column: j, missing: table.featureIndex(named: n.missingFeatureName))
        }
        guard let c = e.categorical.first(where: { $0.name == family.attribute }) else { return nil }
        let levels = (c.levels + [AttributeEncoding.otherLevel]).compactMap { level in
            table.featureIndex(named: c.featureName(level: level)).map { (level: level, column: $0) }
        }
        return .categorical(name: c.name, levels: levels, reference: c.reference)
    }

    /// The family reasons of the rows `selected` (ascending), at most `count` each, in that order.
    /// - Complexity: O(rows · features) plus the sentences.
    func familyReasons(rows selected: ArraySlice<Int>, count: Int) -> [[FamilyReason]] {
        explain(rows: selected, count: count) { $0 }
    }

    /// The reasons' words of the rows `selected`, at most `count` each.
    func reasons(rows selected: ArraySlice<Int>, count: Int) -> [[String]] {
        explain(rows: selected, count: count) { $0.words }
    }

    /// Each selected row's reasons, kept as `keep` makes them (block by block, so that only the kept form of a
    /// million rows' reasons is ever held).
    private func explain<T>(rows selected: ArraySlice<Int>, count: Int, _ keep: (FamilyReason) -> T) -> [[T]] {
        let f = layout.families.count, block = 512
        var out: [[T]] = []
        out.reserveCapacity(selected.count)
        var start = selected.startIndex
        while start < selected.endIndex {
            let end = min(start + block, selected.endIndex)
            let contributions = layout.contributions(design: design, rows: rows, selected: selected[start..<end])
            for (b, row) in selected[start..<end].enumerated() {
                out.append(reasons(row: row, contributions: contributions[(b * f)..<((b + 1) * f)], count: count)
                    .map(keep))
            }
            start = end
        }
        return out
    }

    /// Row `row`'s reasons, at most `count`.
    func reasons(row: Int, count: Int) -> [String] { reasons(rows: [row], count: count)[0] }

    /// Row `row`'s reasons from its family contributions: the positive ones, largest first, that have words.
    func reasons(row: Int, contributions: ArraySlice<Double>, count: Int) -> [FamilyReason] {
        let order = contributions.indices.filter { contributions[$0] > 0 }
            .sorted { contributions[$0] != contributions[$1] ? contributions[$0] > contributions[$1] : $0 < $1 }
        var out: [FamilyReason] = []
        let (values, n) = (self.values, rows)
        for i in order {
            let k = i - contributions.startIndex
            let family = layout.families[k]
            let words = family.group == ActivityFeatures.family
                ? activityReasons?.familyWords(row: row)
                : ReasonWriter.words(family, attribute: attributes[k], typical: typical, x: { values[$0 * n + row] })
            guard let words else { continue }
            out.append(FamilyReason(family: family, plainName: family.plainName, contribution: contributions[i],
                                    words: words))
            if out.count == count { break }
        }
        return out
    }
}
