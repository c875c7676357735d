import Foundation
import Support

/// The second world's random draws: a `SplitMix64` stream per customer, with the few distributions the
/// simulation needs. Deliberately other algorithms than `churncast generate` uses (Box–Muller with the cosine,
/// Poisson by inversion, Marsaglia–Tsang gamma), so the two worlds share no sampling code.
struct WorldRandom {
    private var stream: SplitMix64

    /// A stream for one customer: the world seed and the customer's index mixed, so each customer's draws do not
    /// depend on how many draws other customers took.
    init(seed: UInt64, index: Int) {
        stream = SplitMix64(seed: SplitMix64.mix(seed ^ SplitMix64.mix(UInt64(index) &+ 0x5EC0_4D_5EED)))
    }

    /// Uniform on [0, 1).
    @inline(__always)
    mutating func uniform() -> Double { stream.unit() }

    /// Uniform on (0, 1]: safe under a logarithm.
    @inline(__always)
    mutating func positiveUniform() -> Double { 1 - stream.unit() }

    /// A standard normal value by Box–Muller (one of the pair used): z = √(−2 ln u₁) · cos(2π u₂).
    mutating func normal() -> Double {
        (-2 * log(positiveUniform())).squareRoot() * cos(2 * Double.pi * uniform())
    }

    /// An exponential value with the given mean, by inversion: −mean · ln u.
    mutating func exponential(mean: Double) -> Double { -mean * log(positiveUniform()) }

    /// A gamma value (shape k, scale θ) by Marsaglia & Tsang (2000); a shape below 1 is boosted by u^(1/k).
    mutating func gamma(shape: Double, scale: Double) -> Double {
        if shape < 1 { return gamma(shape: shape + 1, scale: scale) * pow(positiveUniform(), 1 / shape) }
        let d = shape - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        while true {
            let z = normal(), v0 = 1 + c * z
            if v0 <= 0 { continue }
            let v = v0 * v0 * v0, u = positiveUniform()
            if log(u) < 0.5 * z * z + d - d * v + d * log(v) { return d * v * scale }
        }
    }

    /// A Poisson count by inversion of its distribution function (sequential search from 0): exact, about
    /// mean + 1 steps, meant for the small means used here.
    mutating func poisson(mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        let u = uniform()
        var k = 0, term = exp(-mean), cumulative = term
        while u >= cumulative && k < 1000 {
            k += 1
            term *= mean / Double(k)
            cumulative += term
        }
        return k
    }

    /// An index drawn with probability proportional to `weights` (all ≥ 0, sum > 0).
    mutating func pick(_ weights: [Double]) -> Int {
        var target = uniform() * weights.reduce(0, +)
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.count - 1
    }
}
