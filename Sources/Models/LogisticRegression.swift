/// Configuration of a binary logistic regression fitted by Newton's method (IRLS): the hyper-parameters, validated
/// up front. `fit` returns a separate `LogisticRegressionResult`.
///
/// The fit maximises the penalised, weighted log-likelihood
/// ```
/// L(β) = Σᵢ sᵢ [yᵢ ηᵢ − log(1 + e^ηᵢ)] − (λ/2) Σ_{j≠0} βⱼ²
/// ```
/// with the intercept β₀ not penalised, so `l2 = λ` is scikit-learn's `C = 1/λ`.
public struct LogisticRegression: Codable, Sendable, Equatable {
    /// L2 penalty λ ≥ 0 on the slopes (0: plain maximum likelihood).
    public var l2: Double
    /// Newton iterations allowed before giving up (reported as not converged).
    public var maxIterations: Int
    /// Converged when every Newton step component satisfies `|Δβⱼ| ≤ tolerance · max(1, |βⱼ|)`.
    /// Newton converges quadratically, so the coefficients are then accurate to about `tolerance²` relative.
    public var tolerance: Double
    /// Per-class row weights.
    public var classWeight: ClassWeight
    /// Whether to add an (unpenalised) intercept column.
    public var intercept: Bool

    public init(l2: Double = 0, maxIterations: Int = 50, tolerance: Double = 1e-8, classWeight: ClassWeight = .none,
                intercept: Bool = true) {
        self.l2 = l2
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.classWeight = classWeight
        self.intercept = intercept
    }

    /// Throws `ModelsError.invalidConfiguration` naming the first bad value.
    public func validate() throws {
        guard l2.isFinite && l2 >= 0 else {
            throw ModelsError.invalidConfiguration(parameter: "L2 penalty", value: "\(l2)",
                                                   expected: "a finite number ≥ 0")
        }
        guard (1...10_000).contains(maxIterations) else {
            throw ModelsError.invalidConfiguration(parameter: "maximum iterations",
                                                   value: "\(maxIterations)", expected: "an integer from 1 to 10000")
        }
        guard tolerance.isFinite && tolerance > 0 && tolerance < 1 else {
            throw ModelsError.invalidConfiguration(parameter: "tolerance", value: "\(tolerance)",
                                                   expected: "a number in (0, 1)")
        }
    }
}

/// Row weights that depend on the class.
public enum ClassWeight: String, Codable, Sendable, CaseIterable {
    /// Every row weighs 1 (times its sample weight).
    case none
    /// Rows of class c weigh `n / (2 · n_c)` (scikit-learn's `class_weight='balanced'`), so both classes carry
    /// equal total weight. The fitted intercept is then prior-corrected (see `LogisticRegressionResult`).
    case balanced
}
