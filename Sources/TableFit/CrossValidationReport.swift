import Models

/// Per-fold and mean scores of a K-fold cross-validation, as printed by `churncast fit --cv K`.
public struct CrossValidationReport: Encodable, Equatable, Sendable {
    public struct Fold: Encodable, Equatable, Sendable {
        public let fold: Int
        public let trainingRows: Int
        public let testRows: Int
        @FiniteOrNull public internal(set) var value: Double

        enum CodingKeys: String, CodingKey { case fold, trainingRows = "n_train", testRows = "n_test", value }
    }

    public let k: Int
    /// `rmse` (linear) or `roc_auc` (logistic).
    public let metric: String
    public let stratified: Bool
    public let seed: UInt64
    public let folds: [Fold]

    /// Mean of the fold values.
    @FiniteOrNull public private(set) var mean: Double

    init(k: Int, metric: String, stratified: Bool, seed: UInt64, folds: [Fold]) {
        self.k = k
        self.metric = metric
        self.stratified = stratified
        self.seed = seed
        self.folds = folds
        mean = folds.map(\.value).reduce(0, +) / Double(folds.count)
    }

    /// Text lines for the summary: each fold's value and the mean.
    public func rendered(metricName: String) -> String {
        var lines = ["\(k)-fold cross-validation\(stratified ? " (stratified)" : ""), \(metricName) on the held-out fold:"]
        for f in folds {
            lines.append("  fold \(f.fold) (train \(f.trainingRows), test \(f.testRows)): \(SummaryFormat.significant(f.value, digits: 6))")
        }
        lines.append("  mean: \(SummaryFormat.significant(mean, digits: 6))")
        return lines.joined(separator: "\n") + "\n"
    }
}
