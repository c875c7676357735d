import Distributions
import LinearAlgebra

/// A fitted logistic regression: coefficients, their covariance, the statsmodels-style summary and how Newton's
/// method converged. Made only by `LogisticRegression.fit`; predicts and serialises itself.
///
/// With `classWeight = .balanced` and an intercept, the reported intercept is prior-corrected
/// (King & Zeng 2001): weighting changes the class frequencies the model sees from π to the weighted π_w, which
/// in a correctly specified logistic model moves only the intercept, so
/// ```
/// β₀ = β₀(weighted fit) + logit(π) − logit(π_w)        (balanced, no sample weights: + log(n₁/n₀))
/// ```
/// and predicted probabilities stay on the scale of the observed class frequencies. The shift is
/// `interceptCorrection`; slopes, standard errors and fit statistics are those of the weighted fit.
public struct LogisticRegressionResult: Codable, Sendable, Equatable {
    public let configuration: LogisticRegression
    /// Coefficient names in design order, `intercept` first when there is one.
    public let termNames: [String]
    /// Estimates in the order of `names` (intercept prior-corrected, see above).
    public let coefficients: [Double]
    /// Inverse of the information matrix `ZᵀWZ + λP` at the estimate: the penalised one when `l2 > 0`.
    public let covariance: Matrix
    /// The shift added to the fitted intercept (0 when none was applied).
    public let interceptCorrection: Double
    public let statistics: LogisticFitStatistics
    public let convergence: LogisticConvergence
    /// Caveats a reader of the summary must see (penalised standard errors, weights, correction, convergence).
    public let notes: [String]

    init(configuration: LogisticRegression, names: [String], coefficients: [Double], covariance: Matrix,
         interceptCorrection: Double, statistics: LogisticFitStatistics, convergence: LogisticConvergence,
         notes: [String]) {
        self.configuration = configuration
        self.termNames = names
        self.coefficients = coefficients
        self.covariance = covariance
        self.interceptCorrection = interceptCorrection
        self.statistics = statistics
        self.convergence = convergence
        self.notes = notes
    }

    /// Whether the standard errors come from the penalised Hessian (`l2 > 0`): then they are not
    /// maximum-likelihood standard errors and the summary labels them so.
    public var penalisedStandardErrors: Bool { configuration.l2 > 0 }

    /// `√diag(covariance)`.
    public var standardErrors: [Double] { covariance.diagonal.map { $0.squareRoot() } }

    /// Estimate, standard error, z, two-sided p-value and Wald interval at `level` per coefficient.
    public func coefficientTable(level: Double = 0.95) -> [CoefficientEstimate] {
        let q = Normal.quantile(1 - (1 - level) / 2)
        return termNames.indices.map { j in
            let b = coefficients[j], se = standardErrors[j]
            let z = b / se
            return CoefficientEstimate(name: termNames[j], estimate: b, standardError: se, statistic: z,
                                       pValue: Normal.twoSidedPValue(z), confidenceLow: b - q * se,
                                       confidenceHigh: b + q * se)
        }
    }

    /// Number of feature columns `x` must have (coefficients minus the intercept).
    public var featureCount: Int { coefficients.count - (configuration.intercept ? 1 : 0) }

    /// The fitted linear predictor (intercept 0 without one), which makes every prediction.
    public var predictor: LinearPredictor {
        LinearPredictor(coefficients: coefficients, intercept: configuration.intercept)
    }

    /// `η = β₀ + Xβ` for the rows of `x` (features only, in the order of `names` without `intercept`).
    /// - Complexity: one `dgemv`, O(rows · columns).
    public func linearPredictor(x: Matrix) -> [Double] { predictor.linearPredictor(x) }

    /// `P(y = 1 | x) = 1 / (1 + e^−η)` for the rows of `x`.
    public func predictProbability(x: Matrix) -> [Double] { predictor.probability(x) }
}
