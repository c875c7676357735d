import Foundation

/// Deterministic sampling on top of the raw 64-bit stream: the same state gives the same values on the same
/// platform (the transcendental functions come from the system's libm, so another libm may differ in the last bit).
extension Xoshiro256StarStar {
    /// Uniform on [0, 1) with 53 random bits.
    @inline(__always)
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Uniform on (0, 1], safe to take the logarithm of.
    @inline(__always)
    public mutating func uniformPositive() -> Double { Double((next() >> 11) + 1) * 0x1p-53 }

    /// A uniformly chosen integer in `0..<bound` (Lemire's multiply-shift; the bias is below 2^-32 for the
    /// small bounds used here).
    @inline(__always)
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// True with probability `threshold / 2^64`; see `bernoulliThreshold(_:)`.
    @inline(__always)
    public mutating func bernoulli(threshold: UInt64) -> Bool { next() < threshold }

    /// The integer threshold for `bernoulli(threshold:)` that gives probability `p`.
    public static func bernoulliThreshold(_ p: Double) -> UInt64 {
        if !(p > 0) { return 0 }
        if p >= 1 { return .max }
        return UInt64(p * 0x1p64)
    }

    /// A standard normal value by Marsaglia's polar method (Box–Muller without the sine and cosine): values come
    /// in pairs, the second is kept for the next call.
    public mutating func gaussian() -> Double {
        if let spare = spareGaussian {
            spareGaussian = nil
            return spare
        }
        while true {
            let u = 2 * uniform() - 1, v = 2 * uniform() - 1
            let r2 = u * u + v * v
            if r2 > 0 && r2 < 1 {
                let f = (-2 * log(r2) / r2).squareRoot()
                spareGaussian = v * f
                return u * f
            }
        }
    }

    /// A Poisson count with mean `mean`, given `expMinusMean = exp(-mean)` (computed once per period by callers).
    ///
    /// Knuth's product-of-uniforms method: exact, about `mean + 1` uniforms per draw, so only for small means;
    /// above 30 it falls back to a rounded normal approximation (never used with the planted defaults).
    @inline(__always)
    public mutating func poisson(mean: Double, expMinusMean: Double) -> Int {
        if mean <= 0 { return 0 }
        if mean > 30 { return max(0, Int((mean + mean.squareRoot() * gaussian()).rounded())) }
        var k = 0
        var product = uniform()
        while product > expMinusMean {
            k += 1
            product *= uniform()
        }
        return k
    }

    /// A Poisson count with mean `mean`.
    public mutating func poisson(mean: Double) -> Int { poisson(mean: mean, expMinusMean: exp(-mean)) }
}
