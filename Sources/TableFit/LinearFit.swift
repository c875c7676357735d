import Evaluation
import Foundation
import Ingest
import LinearAlgebra
import Models
import Support

/// `churncast fit linear`: a linear regression on any CSV table, with an optional K-fold cross-validation.
public struct LinearFit: Sendable {
    public var design: DesignMatrixOptions
    public var model: LinearRegression
    /// Number of folds for cross-validation (nil: none).
    public var crossValidationFolds: Int?
    public var seed: UInt64

    public init(design: DesignMatrixOptions, model: LinearRegression, crossValidationFolds: Int? = nil,
                seed: UInt64 = 20_240_601) {
        self.design = design
        self.model = model
        self.crossValidationFolds = crossValidationFolds
        self.seed = seed
    }

    /// Reads `path` (`-`: standard input), builds the design, fits, cross-validates when asked.
    public func run(csv path: String) throws -> LinearFitReport {
        try run(table: StandardInputTable.read(path))
    }

    public func run(table: CSVTable) throws -> LinearFitReport {
        var options = design
        options.targetKind = .numeric
        options.intercept = model.intercept
        try model.validate()
        let matrix = try DesignMatrix.build(from: table, options: options)
        let result: LinearRegressionResult
        do { result = try model.fit(x: matrix.x, y: matrix.y, names: matrix.names) } catch { throw matrix.explained(error) }
        var cv: CrossValidationReport?
        if let k = crossValidationFolds { cv = try crossValidate(matrix, k: k) }
        return LinearFitReport(design: matrix, result: result, crossValidation: cv)
    }

    /// RMSE of each fold's held-out rows under a model fitted on the other rows.
    func crossValidate(_ matrix: DesignMatrix, k: Int) throws -> CrossValidationReport {
        let n = matrix.y.count
        guard k >= 2 && k <= n else {
            throw ModelsError.invalidConfiguration(parameter: "number of folds", value: "\(k)",
                                                   expected: "2 ≤ K ≤ \(n) (the number of rows)")
        }
        let splitter = KFold(k: k, seed: seed)
        var folds: [CrossValidationReport.Fold] = []
        for (f, test) in splitter.testFolds(count: n).enumerated() {
            let train = KFold.trainingRows(count: n, test: test)
            let fitted: LinearRegressionResult
            do {
                fitted = try model.fit(x: matrix.x.rows(at: train), y: train.map { matrix.y[$0] }, names: matrix.names)
            } catch let error as ModelsError {
                throw ModelsError.foldFailed(fold: f + 1, folds: k, reason: error.description)
            }
            let predicted = fitted.predict(matrix.x.rows(at: test))
            let metrics = try RegressionMetrics.evaluate(predicted: predicted, actual: test.map { matrix.y[$0] })
            folds.append(.init(fold: f + 1, trainingRows: train.count, testRows: test.count, value: metrics.rmse))
        }
        return CrossValidationReport(k: k, metric: "rmse", stratified: false, seed: seed, folds: folds)
    }
}

/// What `churncast fit linear` prints: the summary table (text) or one JSON object.
public struct LinearFitReport: Encodable, Sendable {
    public let design: DesignMatrix
    public let result: LinearRegressionResult
    public let crossValidation: CrossValidationReport?

    /// The statsmodels-style summary, a line on dropped rows, and the cross-validation block.
    public func text() -> String {
        var out = result.summary(target: design.targetName).rendered()
        if design.droppedRows > 0 {
            out += "\(design.droppedRows) row\(design.droppedRows == 1 ? "" : "s") with missing values dropped.\n"
        }
        if let cv = crossValidation { out += "\n" + cv.rendered(metricName: "RMSE") }
        return out
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
