import Testing
@testable import Distributions

/// Relative error `|a − b| / |b|` (absolute when `b` is 0).
func relativeError(_ a: Double, _ b: Double) -> Double {
    if a == b { return 0 }
    return abs(a - b) / (b == 0 ? 1 : abs(b))
}

/// Distribution functions against mpmath at 60 digits (ReferenceValues.swift, made by
/// scripts/reference/distributions.py) and against classic printed tables.
@Suite struct DistributionsTests {
    static let tolerance = 1e-12

    @Test func normalMatchesReference() {
        for r in ReferenceValues.normal {
            #expect(relativeError(Normal.cdf(r.x), r.cdf) <= Self.tolerance, "Φ(\(r.x))")
            #expect(relativeError(Normal.survival(r.x), r.sf) <= Self.tolerance, "1 − Φ(\(r.x))")
        }
    }

    @Test func normalQuantileMatchesReference() {
        for r in ReferenceValues.normalQuantile {
            #expect(relativeError(Normal.quantile(r.p), r.x) <= Self.tolerance, "Φ⁻¹(\(r.p))")
        }
        #expect(Normal.quantile(0) == -.infinity && Normal.quantile(1) == .infinity)
    }

    @Test func studentTMatchesReference() {
        for r in ReferenceValues.studentT {
            let t = StudentT(degreesOfFreedom: r.df)
            #expect(relativeError(t.cdf(r.t), r.cdf) <= Self.tolerance, "t cdf ν=\(r.df) t=\(r.t)")
            #expect(relativeError(t.survival(r.t), r.sf) <= Self.tolerance, "t sf ν=\(r.df) t=\(r.t)")
            let twoSided = 2 * min(r.cdf, r.sf)
            #expect(relativeError(t.twoSidedPValue(r.t), min(1, twoSided)) <= Self.tolerance)
        }
    }

    @Test func studentTQuantileMatchesReference() {
        for r in ReferenceValues.studentTQuantile {
            let t = StudentT(degreesOfFreedom: r.df)
            #expect(relativeError(t.quantile(r.p), r.t) <= Self.tolerance, "t quantile ν=\(r.df) p=\(r.p)")
        }
    }

    @Test func fisherFMatchesReference() {
        for r in ReferenceValues.fisherF {
            let f = FDistribution(numerator: r.d1, denominator: r.d2)
            #expect(relativeError(f.cdf(r.f), r.cdf) <= Self.tolerance, "F cdf (\(r.d1), \(r.d2)) f=\(r.f)")
            #expect(relativeError(f.survival(r.f), r.sf) <= Self.tolerance, "F sf (\(r.d1), \(r.d2)) f=\(r.f)")
        }
    }

    @Test func chiSquaredMatchesReference() {
        for r in ReferenceValues.chiSquared {
            let c = ChiSquared(degreesOfFreedom: r.k)
            #expect(relativeError(c.cdf(r.x), r.cdf) <= Self.tolerance, "χ² cdf k=\(r.k) x=\(r.x)")
            #expect(relativeError(c.survival(r.x), r.sf) <= Self.tolerance, "χ² sf k=\(r.k) x=\(r.x)")
        }
    }

    /// Critical values as printed in standard tables (e.g. Abramowitz & Stegun tables 26.1, 26.7, 26.8, 26.9;
    /// any statistics textbook appendix), to the printed digits.
    @Test func classicTableValues() {
        #expect(abs(Normal.quantile(0.975) - 1.959964) < 5e-7)
        #expect(abs(Normal.quantile(0.95) - 1.644854) < 5e-7)
        #expect(abs(Normal.cdf(1) - 0.8413447461) < 5e-11)
        #expect(abs(StudentT(degreesOfFreedom: 10).quantile(0.975) - 2.228) < 5e-4)
        #expect(abs(StudentT(degreesOfFreedom: 1).quantile(0.975) - 12.706) < 5e-4)
        #expect(abs(StudentT(degreesOfFreedom: 30).quantile(0.995) - 2.750) < 5e-4)
        #expect(abs(StudentT(degreesOfFreedom: 5).quantile(0.95) - 2.015) < 5e-4)
        #expect(abs(ChiSquared(degreesOfFreedom: 1).survival(3.841) - 0.05) < 1e-4)
        #expect(abs(ChiSquared(degreesOfFreedom: 10).survival(18.307) - 0.05) < 1e-5)
        #expect(abs(FDistribution(numerator: 3, denominator: 20).survival(3.10) - 0.05) < 1e-3)
        #expect(abs(FDistribution(numerator: 5, denominator: 10).survival(3.33) - 0.05) < 1e-3)
    }

    @Test func closedForms() {
        // ν = 1 is Cauchy: P(T ≤ t) = ½ + atan(t)/π; ν = 2: P(T ≤ t) = ½ + t / (2√(t² + 2)).
        let cauchy = StudentT(degreesOfFreedom: 1), two = StudentT(degreesOfFreedom: 2)
        for t in [-7.5, -1.0, 0.25, 3.0] {
            #expect(relativeError(cauchy.cdf(t), 0.5 + atanValue(t) / Double.pi) <= 1e-14)
            #expect(relativeError(two.cdf(t), 0.5 + t / (2 * (t * t + 2).squareRoot())) <= 1e-14)
        }
        // χ² with 2 degrees of freedom is exponential with mean 2: P(X > x) = e^(−x/2).
        for x in [0.1, 1.0, 30.0, 600.0] {
            #expect(relativeError(ChiSquared(degreesOfFreedom: 2).survival(x), expValue(-x / 2)) <= 1e-14)
        }
    }

    @Test func quantileInvertsCdf() {
        for nu in [3.0, 7.5, 250.0] {
            let t = StudentT(degreesOfFreedom: nu)
            for p in [1e-9, 0.01, 0.3, 0.77, 0.9999] {
                #expect(relativeError(t.cdf(t.quantile(p)), p) <= 1e-13)
            }
        }
    }
}
