import Testing
@testable import Forecast
import TestSupport

/// The adjusted-Wald interval and the two-sample test on simulated surveys whose true shares are planted (seeded,
/// so the figures are fixed): the 95% interval must cover the true NPS about 95% of the time, as Rocks (2016) found,
/// and the test must call a change real about 5% of the time when there is none. 4,000 draws per setting: the
/// Monte-Carlo SE of a 95% rate is √(0.95 × 0.05 / 4000) = 0.0034, so ±0.015 allows ~4 SE plus the method's own
/// small departure from nominal. Bounds set before the first run.
@Suite struct NPSIntervalCoverageTests {
    static let draws = 4_000

    /// n answers drawn from a trinomial with these promoter and detractor shares.
    static func survey(_ n: Int, promoters p: Double, detractors d: Double, using g: inout SeededGenerator) -> NPSTally {
        var t = NPSTally()
        for _ in 0..<n {
            let u = g.unit()
            t.add(u < p ? .promoter : u < p + d ? .detractor : .passive)
        }
        return t
    }

    @Test(arguments: [(50, 0.5, 0.2), (30, 0.7, 0.05), (200, 0.3, 0.4)])
    func adjustedWaldCoversNominally(_ setting: (Int, Double, Double)) throws {
        let (n, p, d) = setting
        var g = SeededGenerator(seed: 2016)
        let truth = 100 * (p - d)
        var adjusted = 0, wald = 0
        for _ in 0..<Self.draws {
            let e = try #require(NPSEstimate(Self.survey(n, promoters: p, detractors: d, using: &g)))
            if e.interval(confidence: 0.95).contains(truth) { adjusted += 1 }
            if e.interval(confidence: 0.95, method: .wald).contains(truth) { wald += 1 }
        }
        let coverage = Double(adjusted) / Double(Self.draws)
        print("NPS 95% coverage, n = \(n), p = \(p), d = \(d): adjusted Wald \(coverage), Wald \(Double(wald) / Double(Self.draws))")
        #expect(abs(coverage - 0.95) <= 0.015)
    }

    @Test func twoSampleTestHoldsItsSize() throws {
        // Two periods of 150 answers from the same shares (0.45, 0.25): no real change.
        var g = SeededGenerator(seed: 2017)
        var real = 0
        for _ in 0..<Self.draws {
            let a = try #require(NPSEstimate(Self.survey(150, promoters: 0.45, detractors: 0.25, using: &g)))
            let b = try #require(NPSEstimate(Self.survey(150, promoters: 0.45, detractors: 0.25, using: &g)))
            if NPSComparison(a, minus: b).isStatisticallyReal { real += 1 }
        }
        let rate = Double(real) / Double(Self.draws)
        print("NPS two-sample test, no change, α = 0.05: called real \(rate)")
        #expect(abs(rate - 0.05) <= 0.015)
    }
}
