import Foundation

extension Xoshiro256StarStar {
    /// A Gamma(shape, 1) value by Marsaglia & Tsang (2000), "A simple method for generating gamma variables":
    /// exact, about 1.03 normal draws per value for shape ≥ 1; below 1 through Gamma(shape + 1) · U^(1/shape).
    public mutating func gamma(shape: Double) -> Double {
        precondition(shape > 0, "shape must be positive")
        if shape < 1 { return gamma(shape: shape + 1) * pow(uniformPositive(), 1 / shape) }
        let d = shape - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double, v: Double
            repeat {
                x = gaussian()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = uniformPositive()
            if u < 1 - 0.0331 * x * x * x * x || log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }

    /// A Beta(a, b) value as G_a / (G_a + G_b) of two independent gamma values.
    public mutating func beta(_ a: Double, _ b: Double) -> Double {
        let x = gamma(shape: a), y = gamma(shape: b)
        return x / (x + y)
    }

    /// An exponential value with the given rate (mean 1 / rate).
    @inline(__always)
    public mutating func exponential(rate: Double) -> Double { -log(uniformPositive()) / rate }
}
