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
    /// Per family: its plain name, and what decides its words (`ReasonWordCache`).
    let plainNames: [String]
    let wordInputs: [ReasonWriter.Inputs]

    init(model: ChurnCastModel, table: FeatureTable, design: Matrix) {
        precondition(design.columns == model.features.filter { !$0.constant }.count && design.rows == table.rowCount,
                     "design does not match the table")
        values = table.values
        rows = table.rowCount
        self.design = design.storage
        layout = FamilyLayout(model: model, table: table)
        attributes = layout.families.map { Self.attributeColumns($0, table: table) }
        typical = TypicalValues(table: table)
        let activity = table.activityChannels.map { ActivityReasonWriter(features: ActivityFeatures(channels: $0), table: table) }
        activityReasons = activity
        plainNames = layout.families.map(\.plainName)
        wordInputs = zip(layout.families, attributes).map { family, attribute in
            family.group == ActivityFeatures.family
                ? .columns(activity?.inputColumns ?? []) : ReasonWriter.inputs(family, attribute: attribute)
        }
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
    /// million rows' reasons is ever held); the words of equal inputs made once (`ReasonWordCache`).
    private func explain<T>(rows selected: ArraySlice<Int>, count: Int, _ keep: (FamilyReason) -> T) -> [[T]] {
        let f = layout.families.count, block = 512
        var out: [[T]] = []
        out.reserveCapacity(selected.count)
        var cache = ReasonWordCache()
        var start = selected.startIndex
        while start < selected.endIndex {
            let end = min(start + block, selected.endIndex)
            let contributions = layout.contributions(design: design, rows: rows, selected: selected[start..<end])
            for (b, row) in selected[start..<end].enumerated() {
                let own = contributions[(b * f)..<((b + 1) * f)]
                out.append(reasons(row: row, contributions: own, count: count, cache: &cache).map(keep))
            }
            start = end
        }
        return out
    }

    /// Row `row`'s reasons, at most `count`.
    func reasons(row: Int, count: Int) -> [String] { reasons(rows: [row], count: count)[0] }

    /// Row `row`'s reasons from its family contributions: the positive ones, largest first (ties: family order),
    /// that have words. The next family is found by a scan per reason (no sort: a row has a handful of families).
    func reasons(row: Int, contributions: ArraySlice<Double>, count: Int,
                 cache: inout ReasonWordCache) -> [FamilyReason] {
        var out: [FamilyReason] = []
        var previous: (value: Double, index: Int)? = nil
        while out.count < count {
            var next: Int? = nil
            for i in contributions.indices where contributions[i] > 0 {
                // After `previous` in the order (larger first, then lower index), and the first such largest.
                if let p = previous, contributions[i] > p.value || (contributions[i] == p.value && i <= p.index) { continue }
                if next.map({ contributions[i] > contributions[$0] }) ?? true { next = i }
            }
            guard let i = next else { break }
            previous = (contributions[i], i)
            let k = i - contributions.startIndex
            guard let words = words(family: k, row: row, cache: &cache) else { continue }
            out.append(FamilyReason(family: layout.families[k], plainName: plainNames[k], contribution: contributions[i],
                                    words: words))
        }
        return out
    }

    /// Family `k`'s words for row `row`, `nil` when its values do not describe a risk; remembered by the values
    /// that decide them.
    private func words(family k: Int, row: Int, cache: inout ReasonWordCache) -> String? {
        let family = layout.families[k]
        let n = rows
        return values.withUnsafeBufferPointer { v in
            let make = {
                family.group == ActivityFeatures.family
                    ? activityReasons?.familyWords(row: row)
                    : ReasonWriter.words(family, attribute: attributes[k], typical: typical, x: { v[$0 * n + row] })
            }
            guard cache.remembers(family: k), let key = wordKey(family: k, row: row, values: v) else { return make() }
            return cache.words(key, make: make)
        }
    }

    /// The values that decide family `k`'s words for `row`, as a cache key; `nil` when there are too many.
    private func wordKey(family k: Int, row: Int, values v: UnsafeBufferPointer<Double>) -> ReasonWordCache.Key? {
        var key = ReasonWordCache.Key(family: k, values: SIMD8<UInt64>())
        switch wordInputs[k] {
        case .engagement:
            let f = { (b: BuiltInFeature) in v[b.column * rows + row] }
            let (recent, all) = ReasonWriter.engagementTotals(f)
            key.values[0] = f(.hasNoEngagement).bitPattern
            key.values[1] = recent.bitPattern
            key.values[2] = all.bitPattern
            key.values[3] = f(.engagementDaysSinceLast).bitPattern
        case let .columns(columns):
            guard columns.count <= ReasonWordCache.maxInputs else { return nil }
            for (lane, column) in columns.enumerated() { key.values[lane] = v[column * rows + row].bitPattern }
        }
        return key
    }
}
