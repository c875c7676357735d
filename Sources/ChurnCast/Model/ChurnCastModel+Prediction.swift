import Features
import Ingest
import LinearAlgebra
import Ingest

extension ChurnCastModel {
    /// Builds the feature table at `asOf` exactly as in training (same windows, caps and attribute encoding).
    /// `sentiments` as in `SnapshotBuilder.build`.
    /// Throws `PipelineError.missingFeatures` when the customer table lacks attributes the model uses.
    public func featureTable(customers: CustomerTable, nps: [NPSResponse], engagement: EngagementSource,
                             asOf: [Day], sentiments: PendingSentiments? = nil) throws -> FeatureTable {
        let have = Set(customers.numericAttributes.map(\.name) + customers.categoricalAttributes.map(\.name))
        let need = encoding.numeric.map(\.name) + encoding.categorical.map(\.name)
        let missing = need.filter { !have.contains($0) }
        if !missing.isEmpty { throw PipelineError.missingFeatures(names: missing) }
        var config = snapshot
        config.asOf = asOf
        config.churnDefinition = churnDefinition
        let table = try SnapshotBuilder(config).build(customers: customers, nps: nps, engagement: engagement,
                                                      encoding: encoding, sentiments: sentiments)
        let absent = usedFeatureNames.filter { table.featureIndex(named: $0) == nil }
        if !absent.isEmpty { throw PipelineError.missingFeatures(names: absent) }
        return table
    }

    /// The standardised design matrix of `table` in the model's feature order.
    func design(_ table: FeatureTable) -> Matrix {
        let (columns, means, inverses) = standardisation(of: table)
        let out = FeatureScaler.standardise(table.values, rows: table.rowCount, columns: columns, means: means,
                                            inverses: inverses)
        return Matrix(rows: table.rowCount, columns: columns.count, columnMajor: out)
    }

    /// For each feature the model uses, in the model's order: its column in `table`, training mean and inverse
    /// standard deviation.
    private func standardisation(of table: FeatureTable) -> (columns: [Int], means: [Double], inverses: [Double]) {
        let used = features.filter { !$0.constant }
        return (used.map { table.featureIndex(named: $0.name)! }, used.map(\.mean), used.map { 1 / $0.standardDeviation })
    }

    /// Churn probability, expected score and promoter/detractor probabilities for every row of `table`.
    public func predict(_ table: FeatureTable) -> Predictions { predict(design: design(table)) }

    /// `predict(_:)` for a table whose feature values are not needed afterwards: the design is made in the
    /// table's own buffer (`table.values` is left empty), so a large stacked table is not held twice.
    func predict(consuming table: inout FeatureTable) -> Predictions {
        let (columns, means, inverses) = standardisation(of: table)
        guard zip(columns, columns.dropFirst()).allSatisfy({ $0 < $1 }) else { return predict(table) }
        return predict(design: FeatureScaler.design(consuming: &table, columns: columns, means: means,
                                                    inverses: inverses))
    }

    /// The predictions for rows already standardised in the model's feature order (as `design(_:)` makes them).
    /// Without a score model (`npsAbsent`) the score columns are NaN (written empty).
    func predict(design x: Matrix) -> Predictions {
        guard hasScoreModel else { return Predictions(design: x, churn: churn.predictor) }
        return Predictions(design: x, churn: churn.predictor, score: nps.predictor, calibration: nps.calibration)
    }

    /// The features pushing row `row`'s churn risk up most: coefficient × standardised deviation from the
    /// training mean, largest positive first, at most `count`.
    public func topReasons(_ predictions: Predictions, table: FeatureTable, row: Int, count: Int = 3) -> [String] {
        ReasonExplainer(model: self, table: table, design: predictions.design).reasons(row: row, count: count)
    }
}
