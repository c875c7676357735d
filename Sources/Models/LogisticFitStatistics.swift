/// Goodness-of-fit figures of a logistic regression, as statsmodels' `Logit` reports them.
///
/// ```
/// pseudo R² = 1 − ℓ / ℓ₀                 (McFadden; ℓ₀: the intercept-only model)
/// LR        = 2 (ℓ − ℓ₀),  p = P(χ²_df > LR),  df = k − 1   (k coefficients; ℓ₀ has one)
/// AIC       = −2ℓ + 2k,    BIC = −2ℓ + k log n
/// ```
/// `ℓ₀` is always the intercept-only fit, also for a model without intercept (as statsmodels does; the models are
/// then not nested and the test is only indicative). With row
/// weights every log-likelihood is the weighted one; with an L2 penalty `ℓ` is the unpenalised log-likelihood at
/// the penalised estimate, so these figures describe a fit that did not maximise `ℓ`.
public struct LogisticFitStatistics: Codable, Sendable, Equatable {
    /// Rows used (with positive weight).
    public var observations: Int
    @FiniteOrNull public var logLikelihood: Double
    @FiniteOrNull public var nullLogLikelihood: Double
    @FiniteOrNull public var pseudoRSquared: Double
    @FiniteOrNull public var likelihoodRatio: Double
    public var likelihoodRatioDegreesOfFreedom: Int
    @FiniteOrNull public var likelihoodRatioPValue: Double
    @FiniteOrNull public var aic: Double
    @FiniteOrNull public var bic: Double

    enum CodingKeys: String, CodingKey {
        case observations = "n"
        case logLikelihood = "log_likelihood"
        case nullLogLikelihood = "null_log_likelihood"
        case pseudoRSquared = "pseudo_r_squared"
        case likelihoodRatio = "lr_statistic"
        case likelihoodRatioDegreesOfFreedom = "lr_df"
        case likelihoodRatioPValue = "lr_p_value"
        case aic, bic
    }
}
