#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The standard normal distribution N(0, 1).
///
/// ```
/// Φ(x) = ½ erfc(−x/√2)
/// ```
/// `x/√2` is formed with its rounding error carried into a first-order correction of `erfc`, so the tails keep
/// the accuracy of the C library's `erfc` (a few ulp): relative error about 1e-15 down to `Φ(−37) ≈ 6e-300`.
/// The quantile refines the Abramowitz–Stegun 26.2.23 start by Newton steps on `log Φ`, so it is as accurate
/// as `Φ` itself.
public enum Normal {
    /// `1/√2` rounded to double, and the rest of it.
    static let rootHalfHigh = 0.7071067811865476
    static let rootHalfLow = -4.8336466567264565e-17

    /// Density `φ(x) = exp(−x²/2) / √(2π)`.
    public static func density(_ x: Double) -> Double {
        exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
    }

    /// `P(Z ≤ x)`.
    public static func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return 0.5 * complementaryError(-x)
    }

    /// `P(Z > x) = Φ(−x)`, accurate in the upper tail.
    public static func survival(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return 0.5 * complementaryError(x)
    }

    /// `P(|Z| ≥ |z|) = 2 Φ(−|z|)`: the two-sided p-value of a z statistic.
    public static func twoSidedPValue(_ z: Double) -> Double {
        if z.isNaN { return .nan }
        return complementaryError(abs(z))
    }

    /// `erfc(x/√2)` with the rounding error of `x/√2` corrected to first order.
    static func complementaryError(_ x: Double) -> Double {
        let z = x * rootHalfHigh
        if !z.isFinite { return erfc(z) }
        let dz = fma(x, rootHalfHigh, -z) + x * rootHalfLow
        let value = erfc(z)
        return value - 2 / Double.pi.squareRoot() * exp(-z * z) * dz
    }

    /// The `p`-quantile `Φ⁻¹(p)` for `0 ≤ p ≤ 1` (±∞ at the ends).
    public static func quantile(_ p: Double) -> Double {
        precondition(p.isNaN || (p >= 0 && p <= 1), "normal quantile needs 0 ≤ p ≤ 1, got \(p)")
        if p.isNaN { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        // 1 − p is exact for p ≥ ½, so the upper half reflects the lower one without loss.
        if p > 0.5 { return -lowerQuantile(1 - p) }
        return lowerQuantile(p)
    }

    /// `Φ⁻¹(p)` for `0 < p < ½`: Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4), then Newton on `log Φ(x) = log p`.
    static func lowerQuantile(_ p: Double) -> Double {
        let t = (-2 * log(p)).squareRoot()
        let numerator = 2.515517 + t * (0.802853 + t * 0.010328)
        let denominator = 1 + t * (1.432788 + t * (0.189269 + t * 0.001308))
        var x = -(t - numerator / denominator)
        let logP = log(p)
        for _ in 0..<50 {
            let phi = cdf(x)
            let step = (log(phi) - logP) * phi / density(x)
            if !step.isFinite { break }
            x -= step
            if abs(step) <= 1e-15 * max(1, abs(x)) { break }
        }
        return x
    }
}
