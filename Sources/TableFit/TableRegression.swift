import LinearAlgebra
import Models

/// A regression of Models that `churncast fit` runs on a table: how it reads the target, its check, its fit, its
/// cross-validation and the report it prints. `TableRegressionFit` drives every kind the same way.
public protocol TableRegression: Sendable {
    associatedtype Fitted
    associatedtype Report
    /// How the target column is read for this model.
    static var targetKind: DesignMatrixOptions.TargetKind { get }
    var intercept: Bool { get }
    func validate() throws
    func fit(x: Matrix, y: [Double], names: [String]) throws -> Fitted
    /// K-fold cross-validation on the design (K checked against the rows), folds drawn with `seed`.
    func crossValidate(_ matrix: DesignMatrix, k: Int, seed: UInt64) throws -> CrossValidationReport
    static func report(design: DesignMatrix, result: Fitted, crossValidation: CrossValidationReport?) -> Report
}
