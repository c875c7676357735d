import Distributions

/// How far the NPS had moved by the end of the last period, from its two halves: the shift to add to the whole
/// period's NPS (naive) so that a change already visible in the last weeks' answers is carried forward.
///
/// The level is taken as constant but for a possible jump J between the halves. The earlier half estimates the old
/// level, the recent half the new one; the whole period N mixes them and misses the level at T by (n_E / n) J. The
/// jump is taken as real when the recent half differs from the earlier one at α = 1% (two-sided z test of
/// `NPSComparison`, adjusted Wald, Rocks 2016), and then carried forward whole (N + shift is then the recent half's
/// NPS):
///
/// ```
/// shift = g (n_E / n) Δ      g = 1 if |z| > 2.576, else 0      Δ = recent − earlier      Var(shift) = g (n_E / n)² Var Δ
/// ```
///
/// A pretest rather than a smooth weight, because level changes are rare: on a stable base the test fires in one
/// period of a hundred and adds E[z²; |z| > 2.576] (n_E/n)² Var Δ ≈ 0.085 × N's own sampling variance on average,
/// where the smooth positive-part weight g = max(0, 1 − 1/z²) (a normal prior on J, its variance estimated from the
/// one Δ) adds 0.33 × and moved the forecast away from naive on stable quarters of both synthetic worlds (issue 11:
/// MAE 1.77 → 1.96 and 2.01 → 2.76 on world 2). N and Δ are uncorrelated when the two halves' answers are alike
/// (n_R Var R = n_E Var E), so the variance of N + shift is the sum of theirs.
public struct RecentLevel: Codable, Sendable, Equatable {
    /// Recent − earlier half beyond what the model explains, NPS points (observed), and its z statistic.
    public var change: Double
    public var z: Double
    /// g: 1 when `change` is taken as real (see the type), else 0.
    public var signalShare: Double
    /// What to add to the whole period's NPS, and the variance it adds, NPS points and points².
    public var shift: Double
    public var shiftVariance: Double

    /// The test's significance level, and its two-sided critical value Φ⁻¹(1 − α/2) = 2.5758.
    public static let alpha = 0.01
    static let critical = Normal.quantile(1 - alpha / 2)

    /// No evidence of a change: nothing to add.
    public static let none = RecentLevel(change: 0, z: 0, signalShare: 0, shift: 0, shiftVariance: 0)
}

// In an extension, so that the memberwise initializer `.none` uses is kept.
extension RecentLevel {
    /// From the answers of the period's earlier and recent halves; `.none` when either has none. `explained`: the
    /// part of the change the model explains by who answered in each half (its expected NPS of the recent half's
    /// answerers minus the earlier half's), taken out of the change before the test, as the composition design
    /// takes it out of the anchor (`NPSForecaster`): a half answered by happier customers is not a shift.
    public init(earlier: NPSTally, recent: NPSTally, explained: Double = 0) {
        guard let a = NPSEstimate(recent), let b = NPSEstimate(earlier) else {
            self = .none
            return
        }
        let comparison = NPSComparison(a, minus: b)
        let se = comparison.standardError
        let z = se > 0 ? (comparison.estimate - explained) / se : 0
        let g: Double = abs(z) > Self.critical ? 1 : 0
        let change = comparison.difference - explained
        let earlierShare = Double(earlier.total) / Double(earlier.total + recent.total)
        self.init(change: change, z: z, signalShare: g, shift: earlierShare * g * change,
                  shiftVariance: earlierShare * earlierShare * g * g * se * se)
    }
}
