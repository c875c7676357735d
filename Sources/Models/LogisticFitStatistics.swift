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
    public var logLikelihood: Double
    public var nullLogLikelihood: Double
    public var pseudoRSquared: Double
    public var likelihoodRatio: Double
    public var likelihoodRatioDegreesOfFreedom: Int
    public var likelihoodRatioPValue: Double
    public var aic: Double
    public var bic: Double

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

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(observations, forKey: .observations)
        try c.encodeFinite(logLikelihood, forKey: .logLikelihood)
        try c.encodeFinite(nullLogLikelihood, forKey: .nullLogLikelihood)
        try c.encodeFinite(pseudoRSquared, forKey: .pseudoRSquared)
        try c.encodeFinite(likelihoodRatio, forKey: .likelihoodRatio)
        try c.encode(likelihoodRatioDegreesOfFreedom, forKey: .likelihoodRatioDegreesOfFreedom)
        try c.encodeFinite(likelihoodRatioPValue, forKey: .likelihoodRatioPValue)
        try c.encodeFinite(aic, forKey: .aic)
        try c.encodeFinite(bic, forKey: .bic)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        observations = try c.decode(Int.self, forKey: .observations)
        logLikelihood = try c.decodeFinite(forKey: .logLikelihood)
        nullLogLikelihood = try c.decodeFinite(forKey: .nullLogLikelihood)
        pseudoRSquared = try c.decodeFinite(forKey: .pseudoRSquared)
        likelihoodRatio = try c.decodeFinite(forKey: .likelihoodRatio)
        likelihoodRatioDegreesOfFreedom = try c.decode(Int.self, forKey: .likelihoodRatioDegreesOfFreedom)
        likelihoodRatioPValue = try c.decodeFinite(forKey: .likelihoodRatioPValue)
        aic = try c.decodeFinite(forKey: .aic)
        bic = try c.decodeFinite(forKey: .bic)
    }

    init(observations: Int, logLikelihood: Double, nullLogLikelihood: Double, pseudoRSquared: Double,
         likelihoodRatio: Double, likelihoodRatioDegreesOfFreedom: Int, likelihoodRatioPValue: Double, aic: Double,
         bic: Double) {
        self.observations = observations
        self.logLikelihood = logLikelihood
        self.nullLogLikelihood = nullLogLikelihood
        self.pseudoRSquared = pseudoRSquared
        self.likelihoodRatio = likelihoodRatio
        self.likelihoodRatioDegreesOfFreedom = likelihoodRatioDegreesOfFreedom
        self.likelihoodRatioPValue = likelihoodRatioPValue
        self.aic = aic
        self.bic = bic
    }
}
