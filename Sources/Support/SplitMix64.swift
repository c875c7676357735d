/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator. Synthetic uses it to expand a seed into the
/// state of `Xoshiro256StarStar` (as its authors recommend); the `fit` K-fold splits use it to shuffle rows; the
/// tests draw their random data from it.
///
/// ```
/// state += 0x9E3779B97F4A7C15
/// z = state; z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9; z = (z ^ (z >> 27)) * 0x94D049BB133111EB
/// return z ^ (z >> 31)
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// A uniform draw in [0, 1): the top 53 bits of `next()` scaled by 2⁻⁵³ (every value a multiple of 2⁻⁵³).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// The SplitMix64 output function: a bijective avalanche mix of 64 bits.
    @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
