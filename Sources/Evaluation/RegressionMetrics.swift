/// Errors of a numeric prediction (the next NPS score) against what was observed.
///
/// ```
/// RMSE = √(Σ (ŷᵢ − yᵢ)² / n)      MAE = Σ |ŷᵢ − yᵢ| / n      bias = Σ (ŷᵢ − yᵢ) / n
/// ```
public struct RegressionMetrics: Codable, Sendable, Equatable {
    public var count: Int
    public var rmse: Double
    public var mae: Double
    /// Mean of prediction − actual: positive when the predictions run high.
    public var bias: Double

    /// - Parameter what: names the predictor in error messages ("score model", "last score carried forward").
    /// - Throws: `EvaluationError.empty` for no rows, `.nonFinite` for a NaN or infinite value.
    public static func evaluate(predicted: [Double], actual: [Double], what: String = "predictions") throws
        -> RegressionMetrics {
        precondition(predicted.count == actual.count, "predicted and actual differ in length")
        guard !predicted.isEmpty else { throw EvaluationError.empty(what: what) }
        var squares = 0.0, absolute = 0.0, sum = 0.0
        for i in predicted.indices {
            guard predicted[i].isFinite else { throw EvaluationError.nonFinite(what: what, row: i, found: predicted[i]) }
            guard actual[i].isFinite else { throw EvaluationError.nonFinite(what: what, row: i, found: actual[i]) }
            let e = predicted[i] - actual[i]
            squares += e * e
            absolute += abs(e)
            sum += e
        }
        let n = Double(predicted.count)
        return RegressionMetrics(count: predicted.count, rmse: (squares / n).squareRoot(), mae: absolute / n,
                                 bias: sum / n)
    }
}
