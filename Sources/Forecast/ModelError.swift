/// The model's own error beyond survey sampling, as estimated by a backtest, and how sure that estimate is.
///
/// The variance τ² (NPS points²) is added to every group's predictive variance. It is estimated from only a handful
/// of periods, so intervals use Student's t with Satterthwaite's degrees of freedom (1946): τ̂² comes from the mean
/// of k squared errors, whose variance is about 2·MSE²/k, so for a group with total predictive variance V
///
/// ```
/// ν = k · (V / MSE)²
/// ```
///
/// A group dominated by sampling variance that is known (a small segment) gets large ν, i.e. about normal
/// quantiles; one dominated by the estimated τ̂² gets ν ≈ k.
public struct ModelError: Codable, Sendable, Equatable {
    /// τ², NPS points².
    public var variance: Double
    /// Backtest periods it was estimated from; 0 when τ² is taken as known (no t correction).
    public var periods: Int
    /// Mean squared forecast error over those periods, NPS points².
    public var meanSquaredError: Double

    public init(variance: Double, periods: Int, meanSquaredError: Double) {
        precondition(variance >= 0 && periods >= 0 && meanSquaredError >= 0, "model error figures must be non-negative")
        self.variance = variance
        self.periods = periods
        self.meanSquaredError = meanSquaredError
    }

    /// No model error known: intervals hold sampling only.
    public static let none = ModelError(variance: 0, periods: 0, meanSquaredError: 0)

    /// A model error taken as known (no backtest behind it, so normal quantiles).
    public static func assumed(variance: Double) -> ModelError {
        ModelError(variance: variance, periods: 0, meanSquaredError: 0)
    }

    /// Satterthwaite's ν for a group with total predictive variance `total`; `nil` (normal) when τ² is known.
    public func degreesOfFreedom(total: Double) -> Double? {
        guard periods > 0, meanSquaredError > 0 else { return nil }
        return Double(periods) * (total / meanSquaredError) * (total / meanSquaredError)
    }
}
