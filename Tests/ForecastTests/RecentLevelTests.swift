import Testing
@testable import Forecast

@Suite struct RecentLevelTests {
    /// Earlier half 40 promoters, 30 passives, 30 detractors (NPS +10); recent half 20, 30, 50 (NPS −30). Reference
    /// by hand (python, Rocks' adjusted Wald: counts + ¾, ¾ on n + 3): centres +9.7087 and −29.1262, standard errors
    /// combining to 11.2089, z = −3.4646, g = 1 − 1/z² = 0.91669; the shift is half (the earlier half's share of
    /// the answers) of g × the observed −40, −18.3339, with variance ¼ g² 11.2089² = 26.3946.
    @Test func clearChangeIsCarriedForward() {
        let r = RecentLevel(earlier: NPSTally(promoters: 40, passives: 30, detractors: 30),
                            recent: NPSTally(promoters: 20, passives: 30, detractors: 50))
        #expect(abs(r.change + 40) < 1e-12)
        #expect(abs(r.z + 3.464648) < 1e-5)
        #expect(abs(r.signalShare - 0.916693) < 1e-5)
        #expect(abs(r.shift + 18.33386) < 1e-4)
        #expect(abs(r.shiftVariance - 26.3946) < 1e-3)
    }

    /// 38, 30, 32 against 40, 30, 30: z = −0.34 (same reference), within sampling noise: nothing moves.
    @Test func changeWithinNoiseMovesNothing() {
        let r = RecentLevel(earlier: NPSTally(promoters: 40, passives: 30, detractors: 30),
                            recent: NPSTally(promoters: 38, passives: 30, detractors: 32))
        #expect(abs(r.z + 0.336052) < 1e-5)
        #expect(r.signalShare == 0 && r.shift == 0 && r.shiftVariance == 0)
        #expect(RecentLevel(earlier: NPSTally(), recent: NPSTally(promoters: 3)) == .none)
    }
}
