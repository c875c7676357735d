import Evaluation
import Foundation
import Ingest
import LinearAlgebra
import Models
import Support

/// `churncast fit linear`.
public typealias LinearFit = TableRegressionFit<LinearRegression>

extension LinearRegression: TableRegression {
    public static var targetKind: DesignMatrixOptions.TargetKind { .numeric }

    public static func report(design: DesignMatrix, result: LinearRegressionResult,
                              crossValidation: CrossValidationReport?) -> LinearFitReport {
        LinearFitReport(design: design, result: result, crossValidation: crossValidation)
    }

    /// RMSE of each fold's held-out rows under a model fitted on the other rows.
    public func crossValidate(_ matrix: DesignMatrix, k: Int, seed: UInt64) throws -> CrossValidationReport {
        let n = matrix.y.count
        guard k >= 2 && k <= n else {
            throw ModelsError.invalidConfiguration(parameter: "number of folds", value: "\(k)",
                                                   expected: "2 ≤ K ≤ \(n) (the number of rows)")
        }
        return try CrossValidationReport.run(self, on: matrix, testFolds: KFold(k: k, seed: seed).testFolds(count: n),
                                             metric: "rmse", stratified: false, seed: seed) { fitted, x, y, _ in
            try RegressionMetrics.evaluate(predicted: fitted.predict(x), actual: y).rmse
        }
    }
}

/// What `churncast fit linear` prints: the summary table (text) or one JSON object.
public struct LinearFitReport: Encodable, Sendable {
    public let design: DesignMatrix
    public let result: LinearRegressionResult
    public let crossValidation: CrossValidationReport?

    /// The statsmodels-style summary, a line on dropped rows, and the cross-validation block.
    public func text() -> String {
        result.summary(target: design.targetName).rendered(design: design, crossValidation: crossValidation,
                                                           metricName: "RMSE")
    }

    /// One JSON object (keys sorted), ending with a newline.
    public func json() throws -> String {
        try JSONText.encode(self) + "\n"
    }

    enum CodingKeys: String, CodingKey {
        case model, target, n, droppedMissing = "dropped_missing", terms, converged, iterations, cv, solver
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("linear", forKey: .model)
        try c.encode(design.targetName, forKey: .target)
        try c.encode(result.observations, forKey: .n)
        try c.encode(design.droppedRows, forKey: .droppedMissing)
        try c.encode(result.coefficientTable(), forKey: .terms)
        // A direct solve: always "converged"; iterations are the refinement steps taken.
        try c.encode(true, forKey: .converged)
        try c.encode(result.refinementSteps, forKey: .iterations)
        try c.encode("householder_qr_pivoted_refined", forKey: .solver)
        try c.encodeIfPresent(crossValidation, forKey: .cv)
        try result.fitStatistics.encode(to: encoder)
    }
}
