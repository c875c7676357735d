import LinearAlgebra

/// Newton's method with step halving on a `LogisticObjective`: the state it ends in.
///
/// ```
/// Δ = (−∇²L)⁻¹ ∇L           (Cholesky of the information matrix)
/// β ← β + t Δ,  t = 1, ½, ¼, … until L does not decrease
/// ```
/// Stops when `max |Δⱼ| / max(1, |βⱼ|) ≤ tolerance` (converged), when the information matrix is not positive
/// definite, when halving cannot find an increase, or after `maxIterations` steps.
struct NewtonIterations {
    /// Coefficients at the end, and the objective evaluated there.
    var beta: [Double]
    var current: LogisticObjective.Evaluation
    /// Cholesky factor of `current.information`, nil if it is not positive definite.
    var factor: Matrix?
    /// The last Newton direction computed (before halving), for diagnosing divergence.
    var lastStep: [Double]
    var lastRelativeStep = Double.infinity
    var iterations = 0
    var evaluations = 1
    var converged = false

    /// Halvings tried before a step is declared impossible (2⁻⁴⁰ ≈ 1e-12).
    static let maxHalvings = 40

    init(objective: LogisticObjective, start: [Double], first: LogisticObjective.Evaluation, maxIterations: Int,
         tolerance: Double) throws {
        beta = start
        current = first
        lastStep = [Double](repeating: 0, count: start.count)
        while true {
            guard let u = try? LAPACK.cholesky(current.information) else {
                factor = nil
                return
            }
            factor = u
            let step: [Double]
            do { step = try LAPACK.choleskySolve(factor: u, current.gradient) } catch let e as LinearAlgebraError {
                throw ModelsError.numerical(e)
            }
            lastStep = step
            lastRelativeStep = zip(step, beta).map { abs($0) / max(1, abs($1)) }.max() ?? 0
            if lastRelativeStep <= tolerance {
                converged = true
                return
            }
            if iterations >= maxIterations { return }
            // Accept a step that does not lower L beyond rounding noise in the sum.
            let floor = current.penalisedLogLikelihood - 1e-12 * max(1, abs(current.penalisedLogLikelihood))
            var t = 1.0
            var accepted = false
            for _ in 0...Self.maxHalvings {
                let trial = zip(beta, step).map { $0 + t * $1 }
                let evaluation = objective.evaluate(trial)
                evaluations += 1
                if evaluation.penalisedLogLikelihood >= floor {
                    beta = trial
                    current = evaluation
                    accepted = true
                    break
                }
                t /= 2
            }
            if !accepted { return }
            iterations += 1
        }
    }
}
