import Testing
@testable import Forecast

@Suite struct RecentLevelTests {
    /// Earlier half 40 promoters, 30 passives, 30 detractors (NPS +10); recent half 20, 30, 50 (NPS −30). Reference
    /// by hand (python, Rocks' adjusted Wald: counts + ¾, ¾ on n + 3): centres +9.7087 and −29.1262, standard errors
    /// combining to 11.2089, z = −3.4646, beyond the 1% critical value 2.5758 (normal tables): the change is carried
    /// forward whole, half of the observed −40 (the earlier half's share of the answers), with variance
    /// ¼ × 11.2089² = 31.4099.
    @Test func clearChangeIsCarriedForward() {
        let r = RecentLevel(earlier: NPSTally(promoters: 40, passives: 30, detractors: 30),
                            recent: NPSTally(promoters: 20, passives: 30, detractors: 50))
        #expect(abs(r.change + 40) < 1e-12)
        #expect(abs(r.z + 3.464648) < 1e-5)
        #expect(r.signalShare == 1)
        #expect(abs(r.shift + 20) < 1e-12)
        #expect(abs(r.shiftVariance - 31.40995) < 1e-4)
    }

    /// The same halves when the model expected the recent half's answerers to score 35 points lower (they are other
    /// customers): the change beyond that, −40 + 35 = −5 (adjusted: −38.835 + 35 = −3.835, z = −0.342 by the same
    /// reference), is within sampling noise and nothing moves.
    @Test func changeExplainedByWhoAnsweredIsNotAShift() {
        let r = RecentLevel(earlier: NPSTally(promoters: 40, passives: 30, detractors: 30),
                            recent: NPSTally(promoters: 20, passives: 30, detractors: 50), explained: -35)
        #expect(abs(r.change + 5) < 1e-12)
        #expect(abs(r.z + 0.342134) < 1e-5)
        #expect(r.signalShare == 0 && r.shift == 0)
    }

    /// 28, 30, 42 against 40, 30, 30: z = −2.027 (same reference), significant at 5% but not at 1%: nothing moves;
    /// nor for 38, 30, 32 (z = −0.336), nor without answers in a half.
    @Test func changeWithinTheTestMovesNothing() {
        let earlier = NPSTally(promoters: 40, passives: 30, detractors: 30)
        let r = RecentLevel(earlier: earlier, recent: NPSTally(promoters: 28, passives: 30, detractors: 42))
        #expect(abs(r.z + 2.027457) < 1e-5)
        #expect(r.signalShare == 0 && r.shift == 0 && r.shiftVariance == 0)
        let small = RecentLevel(earlier: earlier, recent: NPSTally(promoters: 38, passives: 30, detractors: 32))
        #expect(abs(small.z + 0.336052) < 1e-5 && small.shift == 0)
        #expect(RecentLevel(earlier: NPSTally(), recent: NPSTally(promoters: 3)) == .none)
    }
}
