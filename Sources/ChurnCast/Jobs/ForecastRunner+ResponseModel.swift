import Features
import Forecast
import LinearAlgebra
import Models

extension ForecastRunner {
    /// Fits `ResponseModel` on the snapshots of `table` whose outcome period is observed: among the rows whose
    /// customer stayed, whether they answered in (T, T + H] (a next-period score), on the logit of their
    /// history-only propensity and their expected next score. `nil` when there are too few rows of either kind.
    public func fitResponseModel(table: FeatureTable, predictions: Predictions) throws -> ResponseModel? {
        var x1 = [Double](), x2 = [Double](), y = [Double]()
        for s in table.snapshotDates.indices where table.labelsComplete(snapshot: s) {
            guard let history = try? responseHistory(snapshot: s, of: table) else { continue }
            for (k, r) in table.snapshotRows[s].enumerated() where table.churned[r] == 0 {
                let (a, b) = ResponseModel.covariates(historical: history.historical(k),
                                                      expectedScore: predictions.expectedScore[r])
                x1.append(a)
                x2.append(b)
                y.append(table.nextScore[r].isNaN ? 0 : 1)
            }
        }
        let answered = y.reduce(0, +)
        guard answered >= 10, Double(y.count) - answered >= 10 else { return nil }
        let fit = try LogisticRegression().fit(x: Matrix(columns: [x1, x2]), y: y, names: ["history", "score"])
        let p = fit.predictor
        return ResponseModel(intercept: p.intercept, historySlope: p.slopes[0], scoreSlope: p.slopes[1], rows: y.count)
    }
}
