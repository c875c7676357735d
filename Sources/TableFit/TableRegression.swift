import Ingest
import LinearAlgebra
import Models

/// A regression of Models that `churncast fit` runs on a table: how it reads the target, its check and its fit.
/// `TableFitRun` and `CrossValidationReport.run` drive every kind the same way.
protocol TableRegression: Sendable {
    associatedtype Fitted
    /// How the target column is read for this model.
    static var targetKind: DesignMatrixOptions.TargetKind { get }
    var intercept: Bool { get }
    func validate() throws
    func fit(x: Matrix, y: [Double], names: [String]) throws -> Fitted
}

extension LinearRegression: TableRegression {
    static var targetKind: DesignMatrixOptions.TargetKind { .numeric }
}

extension LogisticRegression: TableRegression {
    static var targetKind: DesignMatrixOptions.TargetKind { .binary }

    /// An unweighted fit, as `fit logistic` makes.
    func fit(x: Matrix, y: [Double], names: [String]) throws -> LogisticRegressionResult {
        try fit(x: x, y: y, weights: nil, names: names)
    }
}
