import Foundation

/// The population's Gamma(r, α) prior of active days per day at one as-of date T, by the method of moments over the
/// customers with activity by T (empirical Bayes, as the NBD part of BG/NBD, Fader, Hardie & Lee 2005): customer i
/// has x_i repeat active days in an exposure of e_i days; with x | λ ~ Poisson(λe), E[x] = e·m and
/// E[(x − e·m)²] = e·m + e²·v for the rate's mean m and variance v, so m = Σx / Σe,
/// v = Σ((x − e·m)² − e·m) / Σe², r = m²/v, α = m/v. Given (x, e) the rate's posterior is Gamma(r + x, α + e): the
/// shrunk rate (r + x)/(α + e) pulls customers with a short history toward the population.
public struct ActivityRatePrior: Sendable, Equatable {
    public var r: Double
    public var alpha: Double

    /// r is kept in [`minShape`, `maxShape`]: v ≤ 0 (no spread beyond Poisson) means a near-common rate.
    public static let minShape = 0.01, maxShape = 1000.0

    /// The prior from the customers' `(x, e)` pairs (`e` in days).
    public init<S: Sequence>(repeatsAndExposure pairs: S) where S.Element == (Double, Double) {
        var sx = 0.0, se = 0.0
        var list: [(Double, Double)] = []
        for (x, e) in pairs where e > 0 {
            sx += x
            se += e
            list.append((x, e))
        }
        guard sx > 0, se > 0 else { r = 1; alpha = 1; return }
        let m = sx / se
        var num = 0.0, den = 0.0
        for (x, e) in list {
            num += (x - e * m) * (x - e * m) - e * m
            den += e * e
        }
        let v = num / den
        let shape = v > 0 ? min(max(m * m / v, Self.minShape), Self.maxShape) : Self.maxShape
        r = shape
        alpha = shape / m
    }

    public init(r: Double, alpha: Double) {
        self.r = r
        self.alpha = alpha
    }
}
