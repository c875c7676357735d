import Foundation
import Features
import Forecast
import LinearAlgebra
import Models
import Support

extension ForecastRunner {
    /// Fits `ResponseModel` on the snapshots of `table` whose outcome period is observed: among the rows whose
    /// customer stayed, whether they answered in (T, T + H] (a next-period score), on the logit of their
    /// history-only propensity and their expected next score. `nil` when there are too few rows of either kind.
    /// `histories` are the snapshots' `responseHistories` when already made.
    public func fitResponseModel(table: FeatureTable, predictions: Predictions,
                                 histories: ResponseHistories? = nil) throws -> ResponseModel? {
        let histories = histories ?? responseHistories(table: table)
        let chosen = table.snapshotDates.indices.filter { table.labelsComplete(snapshot: $0) }
            .compactMap { s in (try? histories.history(s)?.get()).map { (s, $0) } }
        // Each snapshot's rows (the customers who stayed) fill their own stretch of the columns, in snapshot order.
        let counts = chosen.map { s, _ in table.snapshotRows[s].reduce(0) { $0 + (table.churned[$1] == 0 ? 1 : 0) } }
        var start = [0]
        for c in counts { start.append(start.last! + c) }
        var x1 = [Double](repeating: 0, count: start.last!), x2 = x1, y = x1
        x1.withUnsafeMutableBufferPointer { x1 in
            x2.withUnsafeMutableBufferPointer { x2 in
                y.withUnsafeMutableBufferPointer { y in
                    let (p1, p2, py) = (x1.baseAddress, x2.baseAddress, y.baseAddress)  // nil only when empty
                    Parallelism.forEach(chosen.count) { k in
                        let (s, history) = chosen[k]
                        var i = start[k]
                        for (j, r) in table.snapshotRows[s].enumerated() where table.churned[r] == 0 {
                            (p1![i], p2![i]) = ResponseModel.covariates(historical: history.historical[j],
                                                                      expectedScore: predictions.expectedScore[r])
                            py![i] = table.nextScore[r].isNaN ? 0 : 1
                            i += 1
                        }
                    }
                }
            }
        }
        let answered = y.reduce(0, +)
        guard answered >= 10, Double(y.count) - answered >= 10 else { return nil }
        // A covariate that is the same for every row (no one's history differs yet, one expected score) carries
        // nothing: its slope is 0 and the fit runs on the others, as a rank-deficient design would refuse.
        let covariates = [(name: "history", values: x1), (name: "score", values: x2)]
        let used = covariates.indices.filter { j in covariates[j].values.contains { $0 != covariates[j].values[0] } }
        var slopes = [0.0, 0.0], intercept = log(answered / (Double(y.count) - answered))
        if !used.isEmpty {
            let fit = try LogisticRegression().fit(x: Matrix(columns: used.map { covariates[$0].values }), y: y,
                                                   names: used.map { covariates[$0].name })
            intercept = fit.predictor.intercept
            for (k, j) in used.enumerated() { slopes[j] = fit.predictor.slopes[k] }
        }
        return ResponseModel(intercept: intercept, historySlope: slopes[0], scoreSlope: slopes[1], rows: y.count)
    }
}
