/// The scalar statistics of a linear fit, encoded with snake-case keys (non-finite numbers as `null`).
public struct LinearFitStatistics: Encodable, Sendable {
    let result: LinearRegressionResult
    init(_ result: LinearRegressionResult) { self.result = result }

    enum CodingKeys: String, CodingKey {
        case intercept, ridge, rSquared = "r_squared", adjustedRSquared = "adj_r_squared"
        case rSquaredKind = "r_squared_kind"
        case fStatistic = "f_statistic", fPValue = "f_p_value", residualStandardError = "residual_std_error"
        case dfModel = "df_model", dfResiduals = "df_residuals", logLikelihood = "log_likelihood", aic, bic
        case residualSumOfSquares = "residual_sum_of_squares", conditionNumber = "condition_number"
        case reliableDigits = "reliable_digits", standardErrorKind = "std_error_kind"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(result.configuration.intercept, forKey: .intercept)
        try c.encode(result.configuration.ridge, forKey: .ridge)
        try c.encodeFinite(result.rSquared, forKey: .rSquared)
        try c.encodeFinite(result.adjustedRSquared, forKey: .adjustedRSquared)
        try c.encode(result.configuration.intercept ? "centered" : "uncentered", forKey: .rSquaredKind)
        try c.encodeFinite(result.fStatistic, forKey: .fStatistic)
        try c.encodeFinite(result.fPValue, forKey: .fPValue)
        try c.encodeFinite(result.residualStandardError, forKey: .residualStandardError)
        try c.encode(result.modelDegreesOfFreedom, forKey: .dfModel)
        try c.encode(result.residualDegreesOfFreedom, forKey: .dfResiduals)
        try c.encodeFinite(result.logLikelihood, forKey: .logLikelihood)
        try c.encodeFinite(result.aic, forKey: .aic)
        try c.encodeFinite(result.bic, forKey: .bic)
        try c.encodeFinite(result.residualSumOfSquares, forKey: .residualSumOfSquares)
        try c.encodeFinite(result.conditionNumber, forKey: .conditionNumber)
        try c.encode(result.reliableDigits, forKey: .reliableDigits)
        try c.encode(result.configuration.ridge > 0 ? "penalised_hessian" : "ols", forKey: .standardErrorKind)
    }
}
