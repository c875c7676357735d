import Foundation
import LinearAlgebra

/// Logistic regression fitted by Newton's method where each evaluation — log-likelihood ℓ, gradient Zᵀ(y − p)
/// and information ZᵀWZ at β — comes from outside (one aggregate query on a database, `SQLNewtonQueries`); the
/// steps are solved here by Cholesky. The same iteration as the in-process fit (`NewtonIterations` in Models):
/// start at the intercept log(r/(1 − r)), L2 penalty λ on the slopes, step halving while the penalised ℓ falls,
/// stop when max |Δⱼ| / max(1, |βⱼ|) ≤ tolerance.
struct EngineLogisticFit {
    /// ℓ, Zᵀ(y − p) and ZᵀWZ (unpenalised) at β.
    typealias Evaluation = (logLikelihood: Double, gradient: [Double], information: Matrix)

    var l2: Double
    var tolerance = 1e-8
    var maxIterations = 50
    /// Halvings tried before a step is declared impossible (as `NewtonIterations`).
    static let maxHalvings = 40

    /// Coefficients (intercept first), iterations, and evaluations (aggregate queries) used.
    struct Result { var beta: [Double]; var iterations: Int; var evaluations: Int; var converged: Bool }

    func fit(rows: Double, churners: Double, order: Int, evaluate: ([Double]) throws -> Evaluation) throws -> Result {
        let rate = churners / rows
        var beta = [Double](repeating: 0, count: order)
        beta[0] = log(rate / (1 - rate))
        var current = penalised(try evaluate(beta), beta)
        var (iterations, evaluations) = (0, 1)
        while true {
            let u = try LAPACK.cholesky(current.information)
            let step = try LAPACK.choleskySolve(factor: u, current.gradient)
            let relative = zip(step, beta).map { abs($0) / max(1, abs($1)) }.max() ?? 0
            if relative <= tolerance { return Result(beta: beta, iterations: iterations, evaluations: evaluations, converged: true) }
            if iterations >= maxIterations { break }
            let floor = current.objective - 1e-12 * max(1, abs(current.objective))
            var t = 1.0, accepted = false
            for _ in 0...Self.maxHalvings {
                let trial = zip(beta, step).map { $0 + t * $1 }
                let evaluation = penalised(try evaluate(trial), trial)
                evaluations += 1
                if evaluation.objective >= floor { (beta, current, accepted) = (trial, evaluation, true); break }
                t /= 2
            }
            if !accepted { break }
            iterations += 1
        }
        return Result(beta: beta, iterations: iterations, evaluations: evaluations, converged: false)
    }

    /// The penalised objective L = ℓ − (λ/2)‖β_slopes‖², its gradient and information (intercept unpenalised).
    private func penalised(_ e: Evaluation, _ beta: [Double]) -> (objective: Double, gradient: [Double], information: Matrix) {
        var gradient = e.gradient, information = e.information
        var penalty = 0.0
        for j in 1..<beta.count {
            gradient[j] -= l2 * beta[j]
            information[j, j] += l2
            penalty += beta[j] * beta[j]
        }
        return (e.logLikelihood - l2 / 2 * penalty, gradient, information)
    }
}
