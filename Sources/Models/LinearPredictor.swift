#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LinearAlgebra

/// A fitted linear predictor `η = β₀ + Xβ`: what a logistic or linear regression needs to predict, and nothing
/// else, so one value serves training, risk banding, scoring, evaluation and the forecast.
///
/// The logistic and linear results make one (`LogisticRegressionResult.predictor`,
/// `LinearRegressionResult.predictor`); a stored model rebuilds it from its coefficient table. Every prediction is
/// one `dgemv` for `Xβ` followed by `+ β₀` per row, then (for probabilities) the logistic function, in that order.
public struct LinearPredictor: Codable, Equatable, Sendable {
    /// β₀ (0 without an intercept).
    public var intercept: Double
    /// β, one per feature column, in design order.
    public var slopes: [Double]

    public init(intercept: Double, slopes: [Double]) {
        self.intercept = intercept
        self.slopes = slopes
    }

    /// The predictor of fitted coefficients in design order: the intercept first when `intercept`, else 0.
    public init(coefficients: [Double], intercept: Bool) {
        self.init(intercept: intercept ? coefficients[0] : 0, slopes: Array(coefficients.dropFirst(intercept ? 1 : 0)))
    }

    /// The predictor of a coefficient table whose first term is the intercept (as the model file stores it).
    public init(terms: [CoefficientEstimate]) {
        precondition(!terms.isEmpty, "a coefficient table needs its intercept")
        self.init(intercept: terms[0].estimate, slopes: terms.dropFirst().map(\.estimate))
    }

    /// Number of feature columns `x` must have.
    public var featureCount: Int { slopes.count }

    /// `η = β₀ + Xβ` for the rows of `x`.
    /// - Complexity: one `dgemv`, O(rows · columns).
    public func linearPredictor(_ x: Matrix) -> [Double] {
        precondition(x.columns == featureCount, "x has \(x.columns) columns, the model \(featureCount) features")
        var eta = BLAS.gemv(x, slopes)
        for i in eta.indices { eta[i] += intercept }
        return eta
    }

    /// `β₀ + Xβ`: a linear regression's predictions (the same as `linearPredictor`).
    public func predict(_ x: Matrix) -> [Double] { linearPredictor(x) }

    /// `P(y = 1 | x) = 1 / (1 + e^−η)` for the rows of `x`: a logistic regression's probabilities.
    public func probability(_ x: Matrix) -> [Double] { linearPredictor(x).map(Self.logistic) }

    /// The logistic function, without overflow for large |η|: `1 / (1 + e^−η)` for η ≥ 0, `e^η / (1 + e^η)` below.
    public static func logistic(_ eta: Double) -> Double {
        if eta >= 0 { return 1 / (1 + exp(-eta)) }
        let t = exp(eta)
        return t / (1 + t)
    }
}
