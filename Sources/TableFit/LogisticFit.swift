import Evaluation
import Foundation
import Ingest
import LinearAlgebra
import Models
import Support

/// `churncast fit logistic`.
public typealias LogisticFit = TableRegressionFit<LogisticRegression>

extension LogisticRegression: TableRegression {
    public static var targetKind: DesignMatrixOptions.TargetKind { .binary }

    public static func report(design: DesignMatrix, result: LogisticRegressionResult,
                              crossValidation: CrossValidationReport?) -> LogisticFitReport {
        LogisticFitReport(design: design, result: result, crossValidation: crossValidation)
    }

    /// An unweighted fit, as `fit logistic` makes.
    public func fit(x: Matrix, y: [Double], names: [String]) throws -> LogisticRegressionResult {
        try fit(x: x, y: y, weights: nil, names: names)
    }

    /// ROC-AUC on each fold's held-out rows under a model fitted on the other rows. Folds are stratified by the
    /// target, so each holds both classes in nearly the proportion of the whole table.
    public func crossValidate(_ matrix: DesignMatrix, k: Int, seed: UInt64) throws -> CrossValidationReport {
        let n = matrix.y.count
        let ones = Int(matrix.y.reduce(0, +))
        let smaller = min(ones, n - ones)
        guard k >= 2 && k <= smaller else {
            throw ModelsError.invalidConfiguration(
                parameter: "number of folds", value: "\(k)",
                expected: "2 ≤ K ≤ \(smaller) (the rows of the smaller class, so every fold holds both classes)")
        }
        let strata = matrix.y.map { Int($0) }
        let testFolds = KFold(k: k, seed: seed).testFolds(count: n, strata: strata)
        return try CrossValidationReport.run(self, on: matrix, testFolds: testFolds, metric: "roc_auc", stratified: true,
                                             seed: seed) { fitted, x, y, fold in
            try ChurnMetrics.evaluate(probabilities: fitted.predictProbability(x: x), outcomes: y.map { $0 == 1 },
                                      what: "fold \(fold)").rocAUC
        }
    }
}

/// What `churncast fit logistic` prints: the summary table (text) or one JSON object.
public struct LogisticFitReport: Encodable, Sendable {
    public let design: DesignMatrix
    public let result: LogisticRegressionResult
    public let crossValidation: CrossValidationReport?

    /// The statsmodels-style summary, a line on dropped rows, and the cross-validation block.
    public func text() -> String {
        result.summary(target: design.targetName).rendered(design: design, crossValidation: crossValidation,
                                                           metricName: "ROC-AUC")
    }

    /// One JSON object (keys sorted), ending with a newline.
    public func json() throws -> String {
        try JSONText.encode(self) + "\n"
    }

    enum CodingKeys: String, CodingKey {
        case model, target, n, droppedMissing = "dropped_missing", terms, converged, iterations, cv, solver
        case maxAbsGradient = "max_abs_gradient", l2, classWeight = "class_weight"
        case interceptCorrection = "intercept_correction", stdErrorKind = "std_error_kind", notes
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("logistic", forKey: .model)
        try c.encode(design.targetName, forKey: .target)
        try c.encode(design.droppedRows, forKey: .droppedMissing)
        try c.encode(result.coefficientTable(), forKey: .terms)
        try c.encode(result.convergence.converged, forKey: .converged)
        try c.encode(result.convergence.iterations, forKey: .iterations)
        try c.encodeFinite(result.convergence.maxAbsGradient, forKey: .maxAbsGradient)
        try c.encode("newton_irls_cholesky", forKey: .solver)
        try c.encode(result.configuration.l2, forKey: .l2)
        try c.encode(result.configuration.classWeight.rawValue, forKey: .classWeight)
        try c.encode(result.interceptCorrection, forKey: .interceptCorrection)
        try c.encode(result.penalisedStandardErrors ? "penalised_hessian" : "mle", forKey: .stdErrorKind)
        try c.encode(result.notes, forKey: .notes)
        try c.encodeIfPresent(crossValidation, forKey: .cv)
        // n, log_likelihood, null_log_likelihood, pseudo_r_squared, lr_statistic, lr_df, lr_p_value, aic, bic.
        try result.statistics.encode(to: encoder)
    }
}
