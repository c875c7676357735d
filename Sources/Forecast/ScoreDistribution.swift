import Distributions

/// Promoter and detractor probabilities from a predicted score and the regression's residual spread.
///
/// The score is read as a normal latent value Y ~ N(m, s²) rounded to the nearest integer on 0–10 (clamping does
/// not change the category), so
///
/// ```
/// P(promoter)  = P(Y ≥ 8.5) = 1 − Φ((8.5 − m) / s)
/// P(detractor) = P(Y < 6.5) = Φ((6.5 − m) / s)
/// ```
public enum ScoreDistribution {
    public static func categoryProbabilities(expectedScore m: Double, residualSD s: Double)
        -> (promoter: Double, detractor: Double) {
        precondition(s > 0 && s.isFinite && m.isFinite, "category probabilities need a finite score and a positive SD")
        return (Normal.cdf((m - 8.5) / s), Normal.cdf((6.5 - m) / s))
    }
}
