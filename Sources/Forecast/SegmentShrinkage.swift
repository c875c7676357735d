/// Empirical-Bayes shrinkage of segment forecasts toward the overall forecast.
///
/// Each segment's forecast Fₛ estimates its true next-period level θₛ with error variance Vₛ; the θₛ spread around
/// the overall level with variance τ_b², estimated by DerSimonian and Laird's method of moments (1986):
///
/// ```
/// wₛ = 1/Vₛ,  F̄ = Σ wₛFₛ / Σ wₛ,  Q = Σ wₛ(Fₛ − F̄)²,  τ_b² = max(0, (Q − (S − 1)) / (Σ wₛ − Σ wₛ² / Σ wₛ))
/// ```
///
/// The posterior mean moves Fₛ toward the overall forecast F by Bₛ = Vₛ / (Vₛ + τ_b²): a small segment (large Vₛ)
/// moves far, a large one barely. Its variance, counting F's own error V_F, is τ_b² Vₛ / (τ_b² + Vₛ) + Bₛ² V_F.
enum SegmentShrinkage {
    /// Variances below this (points²) are raised to it, so a segment known exactly does not get infinite weight.
    static let varianceFloor = 1e-6

    static func betweenVariance(estimates: [Double], variances: [Double]) -> Double? {
        guard estimates.count >= 2 else { return nil }
        let w = variances.map { 1 / max($0, varianceFloor) }
        let sw = w.reduce(0, +), sw2 = w.reduce(0) { $0 + $1 * $1 }
        var mean = 0.0
        for s in estimates.indices { mean += w[s] * estimates[s] }
        mean /= sw
        var q = 0.0
        for s in estimates.indices { q += w[s] * (estimates[s] - mean) * (estimates[s] - mean) }
        let denominator = sw - sw2 / sw
        guard denominator > 0 else { return 0 }
        return max(0, (q - Double(estimates.count - 1)) / denominator)
    }

    /// (posterior mean, posterior variance, weight on the target).
    static func shrink(_ estimate: Double, variance: Double, toward target: Double, targetVariance: Double,
                       between: Double) -> (mean: Double, variance: Double, weight: Double) {
        let v = max(variance, varianceFloor)
        let b = v / (v + between)
        let posterior = between * v / (between + v) + b * b * targetVariance
        return (target + (1 - b) * (estimate - target), posterior, b)
    }
}
