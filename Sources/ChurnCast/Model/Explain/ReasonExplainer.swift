import Features
import LinearAlgebra

/// The top reasons of many rows of one table: the model's used features, their coefficients, table columns and
/// reason kinds resolved once, so that explaining a million rows costs a pass over the design plus three
/// sentences per row (`ChurnCastModel.topReasons` for one row, `Scorer.rows` for all).
///
/// A reason's weight is its contribution `coefficient × standardised value` (the design column); the positive
/// ones are taken largest first (ties: model feature order), and a sentence already given is not repeated.
struct ReasonExplainer {
    /// The table's raw values (column-major, `rows` rows): reasons quote raw values, not standardised ones.
    let values: [Double]
    let rows: Int
    /// The standardised design, column-major (`table.rowCount` rows, one column per used feature).
    let design: [Double]
    let coefficients: [Double]
    let columns: [Int]
    let names: [String]
    let means: [Double]
    let builtIn: [BuiltInFeature?]
    /// Per used feature, its activity column in a table of other activity channels (`ActivityReasonWriter`).
    let activity: [ActivityFeatures.Column?]
    let activityReasons: ActivityReasonWriter?

    init(model: ChurnCastModel, table: FeatureTable, design: Matrix) {
        let used = model.features.filter { !$0.constant }
        precondition(design.columns == used.count && design.rows == table.rowCount, "design does not match the table")
        values = table.values
        rows = table.rowCount
        self.design = design.storage
        coefficients = model.churn.predictor.slopes
        columns = used.map { table.featureIndex(named: $0.name)! }
        names = used.map(\.name)
        means = used.map(\.mean)
        let layout = table.activityChannels.map(ActivityFeatures.init)
        // In that layout only the leading built-ins (tenure, NPS) are columns; the engagement ones are not.
        builtIn = used.map { f in BuiltInFeature(name: f.name).flatMap {
            layout == nil || $0.column <= BuiltInFeature.hasNoNPS.column ? $0 : nil } }
        activity = used.map { layout?.column(named: $0.name) }
        activityReasons = layout.map { ActivityReasonWriter(features: $0, table: table) }
    }

    /// The reasons of the rows `selected` (ascending), at most `count` each, in that order.
    ///
    /// Contributions are computed for a block of rows at a time, column by column, so the design is read in
    /// order; then each row's largest are turned into sentences.
    /// - Complexity: O(rows · features) plus the sentences.
    func reasons(rows selected: ArraySlice<Int>, count: Int) -> [[String]] {
        let k = coefficients.count, n = rows, block = 512
        var contributions = [Double](repeating: 0, count: block * k)
        var scratch: [(contribution: Double, feature: Int)] = []
        scratch.reserveCapacity(k)
        var out: [[String]] = []
        out.reserveCapacity(selected.count)
        var start = selected.startIndex
        while start < selected.endIndex {
            let end = min(start + block, selected.endIndex)
            for j in 0..<k {
                let (base, c) = (j * n, coefficients[j])
                for (b, row) in selected[start..<end].enumerated() { contributions[b * k + j] = c * design[base + row] }
            }
            for (b, row) in selected[start..<end].enumerated() {
                out.append(reasons(row: row, contributions: contributions[(b * k)..<((b + 1) * k)], count: count,
                                   scratch: &scratch))
            }
            start = end
        }
        return out
    }

    /// Row `row`'s reasons, at most `count`.
    func reasons(row: Int, count: Int) -> [String] {
        reasons(rows: [row], count: count)[0]
    }

    /// Row `row`'s reasons from its contributions (one per used feature). `scratch` is reused between calls.
    func reasons(row: Int, contributions: ArraySlice<Double>, count: Int,
                 scratch: inout [(contribution: Double, feature: Int)]) -> [String] {
        scratch.removeAll(keepingCapacity: true)
        let n = rows
        for (k, c) in zip(coefficients.indices, contributions) {
            guard c > 0 else { continue }
            // Insertion into the list kept sorted by contribution (descending), then feature order.
            var i = scratch.count
            scratch.append((c, k))
            while i > 0 && scratch[i - 1].contribution < c { scratch[i] = scratch[i - 1]; i -= 1 }
            scratch[i] = (c, k)
        }
        var out: [String] = []
        out.reserveCapacity(count)
        let values = self.values  // captured alone by the closure below, not the whole explainer
        let social = activityReasons == nil
        for (_, k) in scratch {
            if let column = activity[k], let writer = activityReasons {
                let text = writer.reason(column, value: values[columns[k] * n + row], trainingMean: means[k], row: row)
                if !out.contains(text) { out.append(text) }
                if out.count == count { break }
                continue
            }
            let text = ReasonWriter.reason(feature: names[k], builtIn: builtIn[k], value: values[columns[k] * n + row],
                                           trainingMean: means[k]) {
                social || $0.column <= BuiltInFeature.hasNoNPS.column ? values[$0.column * n + row] : 0
            }
            if !out.contains(text) { out.append(text) }
            if out.count == count { break }
        }
        return out
    }
}
