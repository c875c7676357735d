/// How Newton's method ended.
public struct LogisticConvergence: Codable, Sendable, Equatable {
    /// Newton steps taken.
    public var iterations: Int
    /// Passes over the data (steps plus step-halving retries plus the first evaluation).
    public var evaluations: Int
    /// `max |∇L(β)|` at the returned coefficients (the penalised gradient, in log-likelihood units).
    public var maxAbsGradient: Double
    /// `max |Δβⱼ| / max(1, |βⱼ|)` of the last Newton step computed.
    public var lastRelativeStep: Double
    /// The last step met the tolerance.
    public var converged: Bool

    enum CodingKeys: String, CodingKey {
        case iterations, evaluations, converged
        case maxAbsGradient = "max_abs_gradient"
        case lastRelativeStep = "last_relative_step"
    }
}
