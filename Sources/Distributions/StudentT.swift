#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Student's t distribution with `ν` degrees of freedom (ν > 0, not necessarily an integer).
///
/// ```
/// P(T > t) = ½ I_{ν/(ν+t²)}(ν/2, ½)   for t ≥ 0
/// ```
/// by the regularized incomplete beta function; relative error below 2e-13 in both tails for ν up to ~1e6
/// (infinite ν is the normal distribution). The quantile solves `log P(T > u) = log p` by safeguarded Newton
/// steps in `log u`, closed forms for ν = 1 and 2.
public struct StudentT: TwoTailed, Sendable, Equatable {
    public let degreesOfFreedom: Double

    public init(degreesOfFreedom: Double) {
        self.degreesOfFreedom = DegreesOfFreedom.checked(degreesOfFreedom, family: "Student t")
    }

    /// `(P(T ≤ t), P(T > t))`, each accurate in its own tail.
    public func tails(_ t: Double) -> (lower: Double, upper: Double) {
        let q = tail(abs(t))
        return (t < 0 ? q : 1 - q, t > 0 ? q : 1 - q)
    }

    /// `P(|T| ≥ |t|)`: the two-sided p-value of a t statistic.
    public func twoSidedPValue(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        return min(1, 2 * tail(abs(t)))
    }

    /// Density `Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) · (1 + t²/ν)^(−(ν+1)/2)`.
    public func density(_ t: Double) -> Double {
        let nu = degreesOfFreedom
        if nu.isInfinite { return Normal.density(t) }
        return exp(lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * log(nu * Double.pi)
                   - (nu + 1) / 2 * log1p(t * t / nu))
    }

    /// The `p`-quantile for `0 ≤ p ≤ 1` (±∞ at the ends).
    public func quantile(_ p: Double) -> Double {
        precondition(p.isNaN || (p >= 0 && p <= 1), "t quantile needs 0 ≤ p ≤ 1, got \(p)")
        if p.isNaN { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        // 1 − p is exact for p ≥ ½.
        return p < 0.5 ? -upperPoint(p) : upperPoint(1 - p)
    }

    /// `P(T > u)` for `u ≥ 0`.
    func tail(_ u: Double) -> Double {
        let nu = degreesOfFreedom
        if nu.isInfinite { return Normal.survival(u) }
        if u == 0 { return 0.5 }
        if u.isInfinite { return 0 }
        let r = u * u / nu
        let (x, y): (Double, Double) = r.isFinite ? (1 / (1 + r), r / (1 + r)) : (0, 1)
        return 0.5 * SpecialFunctions.regularizedBeta(a: nu / 2, b: 0.5, x: x, y: y).lower
    }

    /// The `u > 0` with `P(T > u) = q` for `0 < q < ½`.
    func upperPoint(_ q: Double) -> Double {
        let nu = degreesOfFreedom
        if nu.isInfinite { return -Normal.quantile(q) }
        if nu == 1 { return 1 / tan(Double.pi * q) }
        if nu == 2 { return (1 - 2 * q) / (2 * q * (1 - q)).squareRoot() }
        // g(v) = log P(T > eᵛ) − log q decreases in v; keep a bracket [lo, hi] with g(lo) > 0 > g(hi).
        let logQ = log(q)
        func g(_ v: Double) -> Double { log(tail(exp(v))) - logQ }
        var v = log(max(-Normal.quantile(q), 1e-3))
        var lo = v, hi = v
        while g(lo) <= 0 { lo -= 1 }
        while g(hi) >= 0 {
            hi += 1
            if hi > 700 { return .infinity }
        }
        v = min(max(v, lo), hi)
        for _ in 0..<200 {
            let u = exp(v)
            let tailValue = tail(u)
            let gv = log(tailValue) - logQ
            if gv == 0 { return u }
            if gv > 0 { lo = v } else { hi = v }
            let slope = -u * density(u) / tailValue
            var next = v - gv / slope
            if !next.isFinite || next <= lo || next >= hi { next = 0.5 * (lo + hi) }
            if abs(next - v) <= 2e-16 * max(1, abs(v)) || hi - lo <= 2e-16 * max(1, abs(v)) { return exp(next) }
            v = next
        }
        return exp(v)
    }
}
