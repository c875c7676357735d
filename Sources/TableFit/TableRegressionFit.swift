import Ingest
import Models

/// `churncast fit linear` and `fit logistic`: a regression on any CSV table, with an optional K-fold
/// cross-validation. The design matrix is read for the model's target kind and intercept, a failed fit is
/// explained in the table's terms.
public struct TableRegressionFit<Model: TableRegression>: Sendable {
    public var design: DesignMatrixOptions
    public var model: Model
    /// Number of folds for cross-validation (nil: none).
    public var crossValidationFolds: Int?
    public var seed: UInt64

    public init(design: DesignMatrixOptions, model: Model, crossValidationFolds: Int? = nil,
                seed: UInt64 = 20_240_601) {
        self.design = design
        self.model = model
        self.crossValidationFolds = crossValidationFolds
        self.seed = seed
    }

    /// Reads `path` (`-`: standard input), builds the design, fits, cross-validates when asked.
    public func run(csv path: String) throws -> Model.Report {
        try run(table: StandardInputTable.read(path))
    }

    public func run(table: CSVTable) throws -> Model.Report {
        var options = design
        options.targetKind = Model.targetKind
        options.intercept = model.intercept
        try model.validate()
        let matrix = try DesignMatrix.build(from: table, options: options)
        let result: Model.Fitted
        do { result = try model.fit(x: matrix.x, y: matrix.y, names: matrix.names) } catch { throw matrix.explained(error) }
        let cv = try crossValidationFolds.map { try model.crossValidate(matrix, k: $0, seed: seed) }
        return Model.report(design: matrix, result: result, crossValidation: cv)
    }
}
