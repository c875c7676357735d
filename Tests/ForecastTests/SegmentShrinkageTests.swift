import Testing
@testable import Forecast

/// Empirical-Bayes shrinkage worked by hand (DerSimonian and Laird 1986's moments; arithmetic in the comments).
@Suite struct SegmentShrinkageTests {
    @Test func handWorkedDerSimonianLaird() {
        // Estimates 10, 20, 30 with variances 4, 4, 16: w = 1/4, 1/4, 1/16, Σw = 9/16, F̄ = (2.5 + 5 + 1.875)/(9/16)
        // = 50/3; Q = ¼(20/3)² + ¼(10/3)² + (1/16)(40/3)² = 25; Σw² = 33/256, Σw − Σw²/Σw = 9/16 − 11/48 = 1/3;
        // τ_b² = (25 − 2) / (1/3) = 69.
        let between = SegmentShrinkage.betweenVariance(estimates: [10, 20, 30], variances: [4, 4, 16])!
        #expect(abs(between - 69) < 1e-12)
        // The third toward 18 (variance 1): B = 16/85, mean 18 + (69/85)·12 = 18 + 828/85,
        // variance 69·16/85 + (16/85)² · 1 = 1104/85 + 256/7225.
        let s = SegmentShrinkage.shrink(30, variance: 16, toward: 18, targetVariance: 1, between: between)
        #expect(abs(s.weight - 16.0 / 85) < 1e-12)
        #expect(abs(s.mean - (18 + 828.0 / 85)) < 1e-12)
        #expect(abs(s.variance - (1104.0 / 85 + 256.0 / 7225)) < 1e-12)
    }

    @Test func noSpreadBeyondSamplingGivesZeroBetweenVariance() {
        // Q = ¼(1)² · 2 = 0.5 < S − 1 = 1: τ_b² = 0.
        #expect(SegmentShrinkage.betweenVariance(estimates: [9, 11], variances: [4, 4]) == 0)
    }
}
