import Support
/// xoshiro256** 1.0 (Blackman & Vigna 2018): a fast all-purpose 64-bit generator with 256 bits of state,
/// seeded through `SplitMix64`. Every random number in a generated base comes from one of these.
///
/// Each customer draws from its own streams, seeded from (seed, customer index, stream), so one customer's path
/// can be regenerated alone and customers can be generated on any number of threads with identical output.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    /// The second normal value of the last polar-method pair, kept for the next `gaussian()` call.
    var spareGaussian: Double?

    /// A generator whose state is four successive SplitMix64 outputs from `seed`.
    public init(seed: UInt64) {
        var sm = SplitMix64(seed: seed)
        s0 = sm.next(); s1 = sm.next(); s2 = sm.next(); s3 = sm.next()
        spareGaussian = nil
    }

    /// The generator of one customer's stream: independent of every other (customer, stream) pair for practical
    /// purposes, since the three inputs are mixed through the SplitMix64 avalanche function before seeding.
    public init(seed: UInt64, customer: Int, stream: RandomStream) {
        let key = SplitMix64.mix(UInt64(truncatingIfNeeded: customer) &* 0x100 &+ UInt64(stream.rawValue))
        self.init(seed: SplitMix64.mix(seed ^ 0x5851_F42D_4C95_7F2D) ^ key)
    }

    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    @inline(__always)
    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

/// The purposes a customer's random numbers serve, each with its own stream so that, for example, turning on
/// messy exports or changing the survey response rate does not change anyone's satisfaction or churn.
public enum RandomStream: UInt8, Sendable {
    /// Attributes, signup date and the latent satisfaction path.
    case latent = 0
    /// The daily draws that decide the churn date.
    case churn = 1
    /// Engagement days and counts.
    case engagement = 2
    /// Survey participation, response days, score noise and comments.
    case survey = 3
    /// Cosmetic mess of the exports (timestamps, channels, split rows).
    case mess = 4
}
