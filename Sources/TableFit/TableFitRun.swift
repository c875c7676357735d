import Ingest
import Models

/// What `fit linear` and `fit logistic` share: the design matrix read for the model's target kind and intercept,
/// the fit (its errors explained in the table's terms), and the cross-validation when asked for.
struct TableFitRun<Model: TableRegression> {
    let matrix: DesignMatrix
    let result: Model.Fitted
    let crossValidation: CrossValidationReport?

    init(table: CSVTable, design: DesignMatrixOptions, model: Model, folds: Int?,
         crossValidate: (DesignMatrix, Int) throws -> CrossValidationReport) throws {
        var options = design
        options.targetKind = Model.targetKind
        options.intercept = model.intercept
        try model.validate()
        let matrix = try DesignMatrix.build(from: table, options: options)
        do { result = try model.fit(x: matrix.x, y: matrix.y, names: matrix.names) } catch { throw matrix.explained(error) }
        crossValidation = try folds.map { try crossValidate(matrix, $0) }
        self.matrix = matrix
    }

}
