/// How far the NPS had moved by the end of the last period, from its two halves: the shift to add to the whole
/// period's NPS (naive) so that a change already visible in the last weeks' answers is carried forward.
///
/// The level is taken as constant but for one possible jump J between the halves. The earlier half estimates the
/// old level, the recent half the new one; the whole period N mixes them and misses the level at T by (n_E / n) J.
/// With J ~ N(0, q) the posterior mean of J is g Δ, Δ = recent − earlier, g = q / (q + V) its signal share
/// (V = Var Δ from sampling). One period gives one Δ, so q is estimated by the method of moments,
/// q̂ = max(0, Δ² − V), which makes g the positive-part shrinkage factor (as in James and Stein, 1961):
///
/// ```
/// shift = (n_E / n) · g · Δ      g = max(0, 1 − 1/z²)      z = Δ / √V      Var(shift) ≈ (n_E / n)² g² V
/// ```
///
/// A change within sampling noise (|z| ≤ 1) moves nothing; a clear one (|z| = 3) is carried forward at 8/9. On a
/// stable base the expected squared shift is E[g² z²] V (n_E / n)² ≈ 0.33 · V/4, about a third of N's own sampling
/// variance. N and Δ are uncorrelated when the two halves' answers are alike (n_R Var R = n_E Var E), so the
/// variance of N + shift is the sum of theirs. z is `NPSComparison`'s (adjusted Wald, Rocks 2016).
public struct RecentLevel: Codable, Sendable, Equatable {
    /// Recent − earlier half, NPS points (observed), and its z statistic.
    public var change: Double
    public var z: Double
    /// g: the share of `change` taken as real.
    public var signalShare: Double
    /// What to add to the whole period's NPS, and the variance it adds, NPS points and points².
    public var shift: Double
    public var shiftVariance: Double

    /// No evidence of a change: nothing to add.
    public static let none = RecentLevel(change: 0, z: 0, signalShare: 0, shift: 0, shiftVariance: 0)

    public init(change: Double, z: Double, signalShare: Double, shift: Double, shiftVariance: Double) {
        self.change = change
        self.z = z
        self.signalShare = signalShare
        self.shift = shift
        self.shiftVariance = shiftVariance
    }

    /// From the answers of the period's earlier and recent halves; `.none` when either has none.
    public init(earlier: NPSTally, recent: NPSTally) {
        guard let a = NPSEstimate(recent), let b = NPSEstimate(earlier) else {
            self = .none
            return
        }
        let comparison = NPSComparison(a, minus: b)
        let z = comparison.z.isFinite ? comparison.z : 0
        let g = z * z > 1 ? 1 - 1 / (z * z) : 0
        let earlierShare = Double(earlier.total) / Double(earlier.total + recent.total)
        let se = comparison.standardError
        self.init(change: comparison.difference, z: z, signalShare: g,
                  shift: earlierShare * g * comparison.difference,
                  shiftVariance: earlierShare * earlierShare * g * g * se * se)
    }
}
