import Testing
@testable import Forecast

/// NPS margins, Wald and adjusted-Wald intervals, two-sample tests and sample sizes, against arithmetic written out
/// by hand from the formulas (Rocks 2016 for the adjusted Wald). The normal quantiles are scipy 1.17.1's
/// `norm.ppf(0.975) = 1.959963984540054` and `norm.ppf(0.95) = 1.6448536269514722`; the other reference numbers
/// were worked by hand and checked to the digits shown with Python (`math.sqrt`, `scipy.stats.norm.sf`).
@Suite struct NPSStatisticsTests {
    static let z95 = 1.959963984540054
    static let z90 = 1.6448536269514722

    static func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        a.map { abs($0 - b) <= tolerance } ?? false
    }

    @Test func waldByHand() throws {
        // 50 promoters, 30 passives, 20 detractors of 100: NPS = 100 (0.5 − 0.2) = 30;
        // n·Var = 0.5 + 0.2 − 0.3² = 0.61; SE = 100 √(0.61 / 100) = 7.8102497; 95% margin 1.959964 × 7.8102497 = 15.3078.
        let e = try #require(NPSEstimate(promoters: 50, passives: 30, detractors: 20))
        #expect(e.respondents == 100 && e.score == 30)
        #expect(Self.close(e.promoterShare, 0.5) && Self.close(e.passiveShare, 0.3) && Self.close(e.detractorShare, 0.2))
        #expect(Self.close(e.answerVariance, 0.61, 1e-12))
        #expect(Self.close(e.standardError, 7.810249675906654, 1e-9))
        #expect(Self.close(e.margin(confidence: 0.95), 15.307808075042672, 1e-8))
        // 90%: 1.644854 × 7.8102497 = 12.8467.
        #expect(Self.close(e.margin(confidence: 0.90), 12.84671750681162, 1e-8))
        let wald = e.interval(confidence: 0.95, method: .wald)
        #expect(Self.close(wald.lower, 30 - 15.307808075042672, 1e-8) && Self.close(wald.upper, 30 + 15.307808075042672, 1e-8))
        #expect(wald.level == 0.95)
    }

    @Test func adjustedWaldByHand() throws {
        // Rocks (2016): add ¾ promoter, 1½ passives, ¾ detractor. 50/30/20 → n' = 103, p' = 50.75/103, d' = 20.75/103.
        // Centre 100 (p' − d') = 100 × 30/103 = 29.126214; v' = p' + d' − (p' − d')² = 71.5/103 − (30/103)²
        // = 0.694175 − 0.084834 = 0.609341; SE' = 100 √(0.609341 / 103) = 7.691510;
        // 95%: 29.126214 ± 1.959964 × 7.691510 = 29.126214 ± 15.075084 = [14.051130, 44.201297].
        let e = try #require(NPSEstimate(promoters: 50, passives: 30, detractors: 20))
        #expect(Self.close(e.center(.adjustedWald), 29.126213592233007, 1e-10))
        #expect(Self.close(e.standardError(.adjustedWald), 7.6915104218147565, 1e-9))
        let i95 = e.interval(confidence: 0.95)
        #expect(Self.close(i95.lower, 14.051130178761605, 1e-8) && Self.close(i95.upper, 44.20129700570441, 1e-8))
        // 90%: 29.126214 ± 1.644854 × 7.691510 = [16.474805, 41.777622].
        let i90 = e.interval(confidence: 0.90)
        #expect(Self.close(i90.lower, 16.474804778175958, 1e-8) && Self.close(i90.upper, 41.77762240629006, 1e-8))
    }

    @Test func allPromotersHaveNoWaldSpreadButAnAdjustedOne() throws {
        // 5 promoters: Wald SE = 100 √((1 + 0 − 1²)/5) = 0, a zero-width interval at 100.
        // Adjusted: n' = 8, p' = 5.75/8 = 0.71875, d' = 0.75/8 = 0.09375; centre 100 × 5/8 = 62.5;
        // v' = 0.8125 − 0.625² = 0.421875; SE' = 100 √(0.421875/8) = 22.963966; 95%: 62.5 ± 45.008547
        // = [17.491453, 107.508547], the upper end clamped to 100.
        let e = try #require(NPSEstimate(promoters: 5, passives: 0, detractors: 0))
        #expect(e.score == 100 && e.standardError == 0 && e.margin(confidence: 0.95) == 0)
        let i = e.interval(confidence: 0.95)
        #expect(Self.close(i.lower, 17.49145303416897, 1e-8) && i.upper == 100)
        #expect(Self.close(e.standardError(.adjustedWald), 22.963966338592297, 1e-9))
    }

    @Test func fromScoresAndEmpty() throws {
        // 10, 9 promoters; 8, 7 passives; 6, 0 detractors: NPS 100 × (2 − 2)/6 = 0.
        let e = try #require(NPSEstimate(scores: [10, 9, 8, 7, 6, 0]))
        #expect(e.tally == NPSTally(promoters: 2, passives: 2, detractors: 2) && e.score == 0)
        // n·Var = 1/3 + 1/3 − 0 = 2/3.
        #expect(Self.close(e.answerVariance, 2.0 / 3, 1e-12))
        #expect(NPSEstimate(scores: []) == nil && NPSEstimate(NPSTally()) == nil)
    }

    @Test func periodOverPeriodByHand() throws {
        // This period 50/30/20 (NPS 30, SE² = 10⁴ × 0.61/100 = 61), last period 40/30/30 (NPS 10, n·Var = 0.7 − 0.1²
        // = 0.69, SE² = 69). Δ = 20, SE(Δ) = √(61 + 69) = √130 = 11.401754, z = 20 / 11.401754 = 1.754116,
        // p = 2 Φ(−1.754116) = 0.079411: not real at α = 0.05, real at 0.10. 95%: 20 ± 1.959964 × 11.401754
        // = [−2.347028, 42.347028].
        let now = try #require(NPSEstimate(promoters: 50, passives: 30, detractors: 20))
        let before = try #require(NPSEstimate(promoters: 40, passives: 30, detractors: 30))
        let c = NPSComparison(now, minus: before, confidence: 0.95, method: .wald)
        #expect(Self.close(c.difference, 20, 1e-12) && Self.close(c.estimate, 20, 1e-12))
        #expect(Self.close(c.standardError, 11.40175425099138, 1e-9))
        #expect(Self.close(c.z, 1.7541160386140586, 1e-9))
        #expect(Self.close(c.pValue, 0.07941062599894216, 1e-9))
        #expect(Self.close(c.lower, -2.347027692519564, 1e-8) && Self.close(c.upper, 42.34702769251956, 1e-8))
        #expect(!c.isStatisticallyReal && !c.isStatisticallyReal(alpha: 0.05) && c.isStatisticallyReal(alpha: 0.10))
        // Adjusted: Δ' = 100 × 30/103 − 100 × 10/103 = 19.417476; SE' = √(7.691510² + 8.153555²) = 11.208916;
        // z = 1.732324, p = 0.083216.
        let a = NPSComparison(now, minus: before)
        #expect(a.method == .adjustedWald && Self.close(a.difference, 20, 1e-12))
        #expect(Self.close(a.estimate, 19.41747572815534, 1e-9) && Self.close(a.standardError, 11.208916023086054, 1e-9))
        #expect(Self.close(a.pValue, 0.08321586753157116, 1e-9))
    }

    @Test func segmentAgainstTheRestByHand() throws {
        // All 50/30/20; the segment 30/10/10 (NPS 40, n·Var = 0.8 − 0.4² = 0.64, SE² = 10⁴ × 0.64/50 = 128); the rest
        // 20/20/10 (NPS 20, n·Var = 0.6 − 0.2² = 0.56, SE² = 112). Δ = 20, SE = √240 = 15.491933, z = 1.290994,
        // p = 0.196706: not real.
        let c = try #require(NPSComparison.segmentVersusRest(
            segment: NPSTally(promoters: 30, passives: 10, detractors: 10),
            all: NPSTally(promoters: 50, passives: 30, detractors: 20), method: .wald))
        #expect(Self.close(c.difference, 20, 1e-12) && Self.close(c.standardError, 15.491933384829668, 1e-9))
        #expect(Self.close(c.z, 1.2909944487358056, 1e-9) && Self.close(c.pValue, 0.19670560245894686, 1e-9))
        #expect(!c.isStatisticallyReal)
        // A segment that is everyone has no rest to compare with.
        #expect(NPSComparison.segmentVersusRest(segment: NPSTally(promoters: 3), all: NPSTally(promoters: 3)) == nil)
    }

    @Test func waldTestWithoutSpread() throws {
        // 4 promoters against 4 detractors: both Wald SEs are 0, Δ = 200 is certain; equal samples differ by nothing.
        let up = try #require(NPSEstimate(promoters: 4, passives: 0, detractors: 0))
        let down = try #require(NPSEstimate(promoters: 0, passives: 0, detractors: 4))
        let c = NPSComparison(up, minus: down, method: .wald)
        #expect(c.z == .infinity && c.pValue == 0 && c.isStatisticallyReal)
        let same = NPSComparison(up, minus: up, method: .wald)
        #expect(same.z == 0 && same.pValue == 1 && !same.isStatisticallyReal)
    }

    @Test func sampleSizeByHand() {
        // ±5 points at 95% with p = 0.5, d = 0.2: n = 1.959964² × 10⁴ × 0.61 / 5² = 3.841459 × 244 = 937.32 → 938.
        #expect(NPSSampleSize.respondents(margin: 5, confidence: 0.95, promoterShare: 0.5, detractorShare: 0.2) == 938)
        // Worst case (v = 1): 3.841459 × 10⁴ / 25 = 1536.58 → 1537, four times a proportion's 385 (384.15 → 385).
        #expect(NPSSampleSize.worstCase(margin: 5, confidence: 0.95) == 1537)
        // ±10 at 90%: 1.644854² × 10⁴ / 100 = 270.55 → 271.
        #expect(NPSSampleSize.worstCase(margin: 10, confidence: 0.90) == 271)
        // The margin the answer buys is within the target; one answer fewer is not.
        let n = NPSSampleSize.respondents(margin: 5, confidence: 0.95, promoterShare: 0.5, detractorShare: 0.2)
        let margin = { (n: Int) in Self.z95 * 100 * (0.61 / Double(n)).squareRoot() }
        #expect(margin(n) <= 5 && margin(n - 1) > 5)
    }
}
