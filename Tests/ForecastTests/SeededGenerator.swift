import Support

/// The tests' seeded generator is the package's SplitMix64, so random test data is the same on every run.
typealias SeededGenerator = SplitMix64

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SeededGenerator {
    /// Box–Muller; one draw per call (the second is discarded to keep the code obvious).
    mutating func normal(mean: Double = 0, sd: Double = 1) -> Double {
        let u = max(unit(), 0x1p-60), v = unit()
        return mean + sd * (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}
