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
///
/// For the group the backtest scored (overall), `scale` replaces τ²: the errors eₜ are taken as N(0, φ Kₜ) with Kₜ
/// the period's known (sampling) variance, φ̂ = (1/k) Σ eₜ²/Kₜ its maximum-likelihood estimate, and the next error
/// e over √(φ̂ K) is then exactly Student's t with k degrees of freedom (the predictive distribution of a new draw
/// from a normal with a variance estimated from k draws, mean 0). Unlike τ̂² = max(0, …) it is not truncated, so
/// the intervals are not biased wide when the errors are about what sampling explains.
public struct ModelError: Codable, Sendable, Equatable {
    /// τ², NPS points².
    public var variance: Double
    /// Backtest periods it was estimated from; 0 when τ² is taken as known (no t correction).
    public var periods: Int
    /// Mean squared forecast error over those periods, NPS points².
    public var meanSquaredError: Double
    /// φ̂: mean of the squared errors over the known variances (see the type); `nil` = additive τ² only.
    public var scale: Double?

    public init(variance: Double, periods: Int, meanSquaredError: Double, scale: Double? = nil) {
        precondition(variance >= 0 && periods >= 0 && meanSquaredError >= 0, "model error figures must be non-negative")
        precondition(scale.map { $0 >= 0 && $0.isFinite } ?? true, "a variance scale is finite and non-negative")
        self.variance = variance
        self.periods = periods
        self.meanSquaredError = meanSquaredError
        self.scale = scale
    }

    /// The predictive variance of a group whose known variance is `known`: φ̂ K with a scale, else K + τ².
    public func predictiveVariance(known: Double) -> Double {
        guard let scale, periods > 0 else { return known + variance }
        return scale * known
    }

    /// Without the scale: τ² for groups the scale was not estimated on (segments, dominated by their own sampling).
    public var additive: ModelError { ModelError(variance: variance, periods: periods, meanSquaredError: meanSquaredError) }

    /// No model error known: intervals hold sampling only.
    public static let none = ModelError(variance: 0, periods: 0, meanSquaredError: 0)

    /// A model error taken as known (no backtest behind it, so normal quantiles).
    public static func assumed(variance: Double) -> ModelError {
        ModelError(variance: variance, periods: 0, meanSquaredError: 0)
    }

    /// Satterthwaite's ν for a group with total predictive variance `total` (k with a scale); `nil` (normal) when τ²
    /// is known.
    public func degreesOfFreedom(total: Double) -> Double? {
        if scale != nil && periods > 0 { return Double(periods) }
        guard periods > 0, meanSquaredError > 0 else { return nil }
        return Double(periods) * (total / meanSquaredError) * (total / meanSquaredError)
    }
}
