import LinearAlgebra

/// Ordinary least squares (optionally ridge-penalised) linear regression: the configuration.
///
/// `fit` returns a separate `LinearRegressionResult`, like statsmodels' `OLS(y, X).fit()`:
/// ```
/// minimise ‖y − β₀ − Xβ‖² + λ‖β‖²          (λ = ridge ≥ 0; the intercept β₀ is not penalised)
/// ```
/// The solution is computed by Householder QR with column pivoting (LAPACK `dgeqp3`) on the centred and
/// column-scaled design — never by forming `XᵀX` — so its accuracy is governed by the condition number of the
/// scaled design, not its square. Ridge appends `√λ` rows for the penalised columns to the same QR
/// (augmented least squares), which keeps that accuracy. See `LeastSquaresSolver` for the details.
public struct LinearRegression: Codable, Equatable, Sendable {
    /// Fit an unpenalised intercept `β₀` (named `intercept`, first in the results).
    public var intercept: Bool
    /// Ridge penalty λ ≥ 0 on every coefficient except the intercept (0: ordinary least squares).
    public var ridge: Double
    /// A pivoted column whose `|Rₖₖ|` is at most this fraction of `|R₀₀|` (in the centred, unit-norm-column
    /// design) is treated as a linear combination of the columns before it, and the fit is refused.
    public var rankTolerance: Double

    public init(intercept: Bool = true, ridge: Double = 0, rankTolerance: Double = 1e-11) {
        self.intercept = intercept
        self.ridge = ridge
        self.rankTolerance = rankTolerance
    }

    /// Checks the configuration; called by `fit`.
    public func validate() throws {
        guard ridge.isFinite && ridge >= 0 else {
            throw ModelsError.invalidConfiguration(parameter: "ridge penalty", value: "\(ridge)",
                                                   expected: "a finite number λ ≥ 0")
        }
        guard rankTolerance > 0 && rankTolerance < 1 else {
            throw ModelsError.invalidConfiguration(parameter: "rank tolerance", value: "\(rankTolerance)",
                                                   expected: "a number strictly between 0 and 1")
        }
    }

    /// Fits the model to the rows of `x` (one column per predictor, named by `names`) and the target `y`.
    ///
    /// Throws `ModelsError` for a bad configuration, non-finite values, too few rows, a constant column (with an
    /// intercept) or a rank-deficient design (naming the dependent columns); `LinearAlgebraError` if LAPACK fails.
    /// - Complexity: O(n·k²) for n rows and k columns.
    public func fit(x: Matrix, y: [Double], names: [String]) throws -> LinearRegressionResult {
        precondition(names.count == x.columns, "fit: \(names.count) names for \(x.columns) columns")
        precondition(y.count == x.rows, "fit: \(y.count) targets for \(x.rows) rows")
        try validate()
        let solution = try LeastSquaresSolver(configuration: self).solve(x: x, y: y, names: names)
        return LinearRegressionResult(configuration: self, names: names, solution: solution)
    }
}
