import LinearAlgebra
import Models
import Support

extension CrossValidationReport {
    /// Fits `model` on each fold's training rows and scores it on the held-out rows with `score` (the fitted
    /// model, the held-out design and targets, the fold's number); a fit or score that fails names its fold.
    static func run<Model: TableRegression>(
        _ model: Model, on matrix: DesignMatrix, testFolds: [[Int]], metric: String, stratified: Bool, seed: UInt64,
        score: (Model.Fitted, Matrix, [Double], Int) throws -> Double
    ) throws -> CrossValidationReport {
        let n = matrix.y.count
        var folds: [Fold] = []
        for (f, test) in testFolds.enumerated() {
            let train = KFold.trainingRows(count: n, test: test)
            do {
                let fitted = try model.fit(x: matrix.x.rows(at: train), y: train.map { matrix.y[$0] },
                                           names: matrix.names)
                let value = try score(fitted, matrix.x.rows(at: test), test.map { matrix.y[$0] }, f + 1)
                folds.append(.init(fold: f + 1, trainingRows: train.count, testRows: test.count, value: value))
            } catch let error as UserFacingError {
                throw ModelsError.foldFailed(fold: f + 1, folds: testFolds.count, reason: error.description)
            }
        }
        return CrossValidationReport(k: testFolds.count, metric: metric, stratified: stratified, seed: seed,
                                     folds: folds)
    }
}
