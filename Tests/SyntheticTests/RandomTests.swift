import Foundation
import Support
import Testing
@testable import Synthetic

/// The generators against reference outputs and the samplers against their known moments.
@Suite struct RandomTests {
    /// SplitMix64 from seed 1234567: the first outputs of Vigna's reference splitmix64.c, recomputed by
    /// scripts/reference/synthetic_reference.py.
    @Test func splitMixMatchesReference() {
        var g = SplitMix64(seed: 1_234_567)
        let expected: [UInt64] = [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
                                  4_593_380_528_125_082_431, 16_408_922_859_458_223_821]
        #expect((0..<5).map { _ in g.next() } == expected)
    }

    /// xoshiro256** seeded with SplitMix64(seed 42): outputs of the reference xoshiro256starstar.c algorithm,
    /// recomputed by scripts/reference/synthetic_reference.py.
    @Test func xoshiroMatchesReference() {
        var g = Xoshiro256StarStar(seed: 42)
        #expect((0..<4).map { _ in g.next() } == ReferenceValues.xoshiroSeed42)
    }

    @Test func customerStreamsDifferAndRepeat() {
        var a = Xoshiro256StarStar(seed: 7, customer: 3, stream: .latent)
        var b = Xoshiro256StarStar(seed: 7, customer: 3, stream: .latent)
        var c = Xoshiro256StarStar(seed: 7, customer: 4, stream: .latent)
        var d = Xoshiro256StarStar(seed: 7, customer: 3, stream: .churn)
        let x = a.next()
        #expect(x == b.next())
        #expect(x != c.next())
        #expect(x != d.next())
    }

    /// Mean 0, variance 1, E[Z⁴] = 3 and P(Z < −1.96) = 0.025 for 200,000 draws (standard errors 0.0022, 0.0032,
    /// 0.022 and 0.00035; the bounds are about 4.5 of them).
    @Test func gaussianMoments() {
        var g = Xoshiro256StarStar(seed: 11)
        let n = 200_000
        var s1 = 0.0, s2 = 0.0, s4 = 0.0, tail = 0
        for _ in 0..<n {
            let z = g.gaussian()
            s1 += z; s2 += z * z; s4 += z * z * z * z
            if z < -1.959964 { tail += 1 }
        }
        #expect(abs(s1 / Double(n)) < 0.01)
        #expect(abs(s2 / Double(n) - 1) < 0.015)
        #expect(abs(s4 / Double(n) - 3) < 0.1)
        #expect(abs(Double(tail) / Double(n) - 0.025) < 0.0015)
    }

    /// Poisson(2.5): mean and variance 2.5, P(0) = e^−2.5 = 0.0821 (standard errors about 0.005, 0.01, 0.0009).
    @Test func poissonMoments() {
        var g = Xoshiro256StarStar(seed: 5)
        let n = 100_000
        var s1 = 0.0, s2 = 0.0, zeros = 0
        for _ in 0..<n {
            let k = Double(g.poisson(mean: 2.5))
            s1 += k; s2 += k * k
            if k == 0 { zeros += 1 }
        }
        let mean = s1 / Double(n)
        #expect(abs(mean - 2.5) < 0.02)
        #expect(abs(s2 / Double(n) - mean * mean - 2.5) < 0.05)
        #expect(abs(Double(zeros) / Double(n) - exp(-2.5)) < 0.004)
    }

    @Test func bernoulliThresholdGivesItsProbability() {
        var g = Xoshiro256StarStar(seed: 3)
        let t = Xoshiro256StarStar.bernoulliThreshold(0.05)
        let hits = (0..<200_000).filter { _ in g.bernoulli(threshold: t) }.count
        #expect(abs(Double(hits) / 200_000 - 0.05) < 0.0025)
        #expect(Xoshiro256StarStar.bernoulliThreshold(0) == 0)
        #expect(Xoshiro256StarStar.bernoulliThreshold(1) == .max)
    }

    /// Moments of the standard normal (1, 3, 15) and E[e^Z] = e^½ are exact for the 12-point rule; E[σ(μ + sZ)]
    /// against a fine trapezoid integral computed here.
    @Test func gaussHermiteExpectations() {
        #expect(abs(GaussHermite.expectation(mean: 0, sd: 1) { $0 * $0 } - 1) < 1e-12)
        #expect(abs(GaussHermite.expectation(mean: 0, sd: 1) { pow($0, 4) } - 3) < 1e-11)
        #expect(abs(GaussHermite.expectation(mean: 0, sd: 1) { pow($0, 6) } - 15) < 1e-10)
        #expect(abs(GaussHermite.expectation(mean: 0, sd: 1) { exp($0) } - exp(0.5)) < 1e-9)
        for (m, s) in [(-7.0, 0.8), (-5.5, 1.2), (0.3, 1.0)] {
            var integral = 0.0
            let h = 0.001
            for i in -10_000...10_000 {
                let z = Double(i) * h
                integral += h * exp(-z * z / 2) / (2 * Double.pi).squareRoot() / (1 + exp(-(m + s * z)))
            }
            let q = GaussHermite.logisticMean(mean: m, sd: s)
            #expect(abs(q - integral) / integral < 1e-6, "mean \(m) sd \(s): \(q) vs \(integral)")
        }
    }
}
