import Foundation

/// Who answers next period, when answering depends on satisfaction: a logistic regression of "answered in the
/// next period" (among customers who stayed) on the customer's own response history and the model's expected
/// next score,
///
/// ```
/// logit P(respondᵢ) = β₀ + β₁ · logit(hᵢ) + β₂ · (ŝᵢ − 5)
/// ```
///
/// with hᵢ the history-only propensity (`ResponsePropensity`) and ŝᵢ the expected next score (0–10). β₂ < 0 means
/// the dissatisfied answer more often, so next period's respondents lean toward them; without this term the
/// expected NPS among next period's respondents is too high on such a base (and too low when the satisfied answer
/// more). Fitted on the training snapshots (`ForecastRunner.fitResponseModel`); β₂ = 0 and β₁ = 1, β₀ = 0 give
/// back the history-only propensity.
public struct ResponseModel: Codable, Sendable, Equatable {
    /// β₀, β₁, β₂.
    public var intercept: Double
    public var historySlope: Double
    public var scoreSlope: Double
    /// Training rows it was fitted on.
    public var rows: Int

    public init(intercept: Double, historySlope: Double, scoreSlope: Double, rows: Int) {
        self.intercept = intercept
        self.historySlope = historySlope
        self.scoreSlope = scoreSlope
        self.rows = rows
    }

    /// History-only propensities are kept inside (ε, 1 − ε) before the logit.
    static let epsilon = 1e-4

    /// The two covariates of one customer: logit of the history-only propensity, expected score minus 5.
    public static func covariates(historical h: Double, expectedScore s: Double) -> (Double, Double) {
        let p = min(1 - epsilon, max(epsilon, h))
        return (log(p / (1 - p)), s - 5)
    }

    /// P(at least one answer next period | stays).
    public func probability(historical h: Double, expectedScore s: Double) -> Double {
        let (x1, x2) = Self.covariates(historical: h, expectedScore: s)
        let eta = intercept + historySlope * x1 + scoreSlope * x2
        return 1 / (1 + exp(-eta))
    }
}
