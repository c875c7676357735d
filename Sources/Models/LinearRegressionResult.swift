import Distributions
import LinearAlgebra
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fitted linear regression: coefficients with their inference, fit statistics as statsmodels defines them,
/// and how many digits the computation can vouch for.
///
/// ```
/// σ̂² = RSS / (n − p)                          residual standard error = σ̂
/// R² = 1 − RSS/TSS,  TSS = Σ(y − ȳ)²  (Σ y², "uncentred", without an intercept, as statsmodels)
/// adj. R² = 1 − (n − c)/(n − p) · (1 − R²),   c = 1 with an intercept, else 0
/// F = ((TSS − RSS)/(p − c)) / σ̂²  on (p − c, n − p) degrees of freedom
/// log L = −n/2 · (log 2π + log(RSS/n) + 1),   AIC = −2 log L + 2p,   BIC = −2 log L + p log n
/// ```
/// With a ridge penalty the standard errors are `σ̂ √diag((XᵀX + λI)⁻¹)` — from the penalised Hessian, biased
/// towards zero — and the degrees of freedom stay `n − p`; the summary says so.
public struct LinearRegressionResult: Codable, Equatable, Sendable {
    public let configuration: LinearRegression
    /// Term names in design order: `intercept` first when fitted, then the predictors.
    public let termNames: [String]
    public let coefficients: [Double]
    public let standardErrors: [Double]
    /// Covariance of the coefficients, row-major `p × p` in `termNames` order.
    public let covariance: [Double]
    public let observations: Int
    public let residualSumOfSquares: Double
    /// Total sum of squares about the mean (with an intercept) or about zero (without).
    public let totalSumOfSquares: Double
    /// Condition number (1-norm estimate) of the matrix that was factored: the column-scaled design (QR), or the
    /// centred, column-scaled Gram matrix (normal equations, about `κ(X)²`), so `reliableDigits` fits either.
    public let conditionNumber: Double
    /// Steps of iterative refinement the solution took (0 for normal equations).
    public let refinementSteps: Int
    /// The solver that produced this result: `.qr` also when `.normalEquations` was asked for and fell back.
    public let solver: LinearRegression.Solver

    init(configuration: LinearRegression, names: [String], solution: LeastSquaresSolver.Solution,
         solver: LinearRegression.Solver = .qr) {
        self.configuration = configuration
        self.solver = solver
        termNames = (configuration.intercept ? ["intercept"] : []) + names
        coefficients = solution.coefficients
        observations = solution.observations
        residualSumOfSquares = solution.residuals.reduce(0) { $0 + $1 * $1 }
        totalSumOfSquares = solution.targetSumOfSquares
        conditionNumber = solution.reciprocalCondition > 0 ? 1 / solution.reciprocalCondition : .infinity
        refinementSteps = solution.refinementSteps
        let p = solution.coefficients.count
        let variance = residualSumOfSquares / Double(observations - p)
        let scaled = solution.unscaledCovariance.map { $0 * variance }
        covariance = scaled
        standardErrors = (0..<p).map { max(0, scaled[$0 * p + $0]).squareRoot() }
    }

    /// Number of estimated coefficients `p` (intercept included).
    public var parameterCount: Int { coefficients.count }
    /// `n − p`.
    public var residualDegreesOfFreedom: Int { observations - parameterCount }
    /// `p − 1` with an intercept, `p` without.
    public var modelDegreesOfFreedom: Int { parameterCount - (configuration.intercept ? 1 : 0) }
    /// `σ̂ = √(RSS / (n − p))`.
    public var residualStandardError: Double { (residualSumOfSquares / Double(residualDegreesOfFreedom)).squareRoot() }
    public var rSquared: Double { 1 - residualSumOfSquares / totalSumOfSquares }
    public var adjustedRSquared: Double {
        let c = configuration.intercept ? 1.0 : 0.0
        return 1 - (Double(observations) - c) / Double(residualDegreesOfFreedom) * (1 - rSquared)
    }
    /// The F statistic of all predictors against the intercept-only (or empty) model; NaN with no predictors.
    public var fStatistic: Double {
        guard modelDegreesOfFreedom > 0 else { return .nan }
        let explained = (totalSumOfSquares - residualSumOfSquares) / Double(modelDegreesOfFreedom)
        return explained / (residualSumOfSquares / Double(residualDegreesOfFreedom))
    }
    public var fPValue: Double {
        guard modelDegreesOfFreedom > 0 else { return .nan }
        let f = fStatistic
        if f.isInfinite { return 0 }
        return FDistribution(numerator: Double(modelDegreesOfFreedom),
                             denominator: Double(residualDegreesOfFreedom)).survival(f)
    }
    public var logLikelihood: Double {
        let n = Double(observations)
        return -n / 2 * (log(2 * Double.pi) + log(residualSumOfSquares / n) + 1)
    }
    public var aic: Double { -2 * logLikelihood + 2 * Double(parameterCount) }
    public var bic: Double { -2 * logLikelihood + log(Double(observations)) * Double(parameterCount) }

    /// Significant digits of the coefficients and standard errors the computation vouches for:
    /// `⌊−log₁₀(κ ε)⌋` for the condition number κ of the factored (column-scaled) design, at most 12.
    ///
    /// The refined coefficients are usually far better than this (the least-squares solution of the stored data
    /// to about working precision); the standard errors come from `R⁻¹` and carry a relative error of order κε.
    /// NIST StRD confirms the bound (`NISTLinearRegressionTests`): Filip (κ ≈ 7e9) claims 5 digits and gets 7.6
    /// for the coefficients and 8.5 for the standard errors; Longley (κ ≈ 3e4) claims 11 and gets 12.9.
    public var reliableDigits: Int {
        guard conditionNumber.isFinite else { return 0 }
        let digits = -log10(conditionNumber * Double.ulpOfOne)
        return max(0, min(12, Int(digits.rounded(.down))))
    }

    /// Below this many reliable digits the summary warns and shows fewer digits.
    public static let warningDigits = 6

    /// The coefficient table with t statistics, two-sided p-values and `level` intervals on `n − p` degrees of freedom.
    public func coefficientTable(level: Double = 0.95) -> [CoefficientEstimate] {
        let t = StudentT(degreesOfFreedom: Double(residualDegreesOfFreedom))
        let q = t.quantile(1 - (1 - level) / 2)
        return termNames.indices.map { j in
            let b = coefficients[j], se = standardErrors[j]
            let statistic = se > 0 ? b / se : (b == 0 ? .nan : .infinity * b.sign.multiplier)
            let p = statistic.isNaN ? .nan : t.twoSidedPValue(statistic)
            return CoefficientEstimate(name: termNames[j], estimate: b, standardError: se, statistic: statistic,
                                       pValue: p, confidenceLow: b - q * se, confidenceHigh: b + q * se)
        }
    }

    /// The fitted linear predictor (intercept 0 without one), which makes every prediction.
    public var predictor: LinearPredictor {
        LinearPredictor(coefficients: coefficients, intercept: configuration.intercept)
    }

    /// Predictions `β₀ + Xβ` for new rows with the same predictor columns as the fit.
    public func predict(_ x: Matrix) -> [Double] { predictor.predict(x) }
}

extension FloatingPointSign {
    var multiplier: Double { self == .minus ? -1 : 1 }
}
