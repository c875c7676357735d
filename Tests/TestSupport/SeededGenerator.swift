import Support

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The tests' seeded generator is the package's SplitMix64, so random test data is the same on every run.
public typealias SeededGenerator = SplitMix64

extension SeededGenerator {
    /// A normal draw by Box–Muller; one draw per call (the second is discarded to keep the code obvious).
    public mutating func normal(mean: Double = 0, sd: Double = 1) -> Double {
        let u = max(unit(), 0x1p-60), v = unit()
        return mean + sd * (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}
