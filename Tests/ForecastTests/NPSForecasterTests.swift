import Ingest
import Testing
@testable import Forecast

/// The forecast's arithmetic by hand: outlook, anchoring on actual NPS, interval width, segment shrinkage.
@Suite struct NPSForecasterTests {
    let day = Day(year: 2025, month: 6, day: 30)!

    /// 400 customers, all staying, each answering with probability 0.5, P(promoter) 0.5, P(detractor) 0.2.
    var homogeneous: [CustomerOutlook] {
        [CustomerOutlook](repeating: CustomerOutlook(stay: 1, respond: 0.5, promoter: 0.5, detractor: 0.2), count: 400)
    }

    /// Outlook figures built by hand (no answers last period).
    func figures(_ n: Double, _ p: Double, _ d: Double, nps: Double, variance: Double) -> OutlookFigures {
        OutlookFigures(expectedRespondents: n, promoterShare: p, detractorShare: d, nps: nps,
                       samplingVariance: variance, lastAnswers: 0, lastModelNPS: 0, lastCross: 0, lastSquare: 0)
    }

    @Test func outlookOfIdenticalCustomersIsTheMultinomial() {
        // n = 200, NPS = 30, Var = 10⁴ · (0.7 − 0.3²) / 200 = 30.5 (no finite-population term: every dᵢ = μ).
        let o = NPSOutlook.aggregate(homogeneous).overall
        #expect(o.expectedRespondents == 200)
        #expect(abs(o.nps - 30) < 1e-12)
        #expect(abs(o.samplingVariance - 30.5) < 1e-9)
    }

    @Test func outlookFinitePopulationTermByHand() {
        // Two customers who surely answer, one promoter one detractor: n = 2, μ = 0, and the NPS is certainly 0.
        // Multinomial part 10⁴·(1 + 1 − 0)… per n: 2·(0.5 + 0.5)/4 = 0.5; correction (1² + (−1)²)/4 = 0.5 → 0.
        let o = NPSOutlook.aggregate([CustomerOutlook(stay: 1, respond: 1, promoter: 1, detractor: 0),
                                      CustomerOutlook(stay: 1, respond: 1, promoter: 0, detractor: 1)]).overall
        #expect(o.nps == 0 && abs(o.samplingVariance) < 1e-9)
        // One sure customer (d = 1) and one who answers half the time (d = −1): n = 1.5, μ = (1 − 0.5)/1.5 = 1/3.
        // n(p₊ + p₋ − μ²) = 1.5 − 1/6 = 4/3; Σw²(d − μ)² = (2/3)² + 0.25·(4/3)² = 8/9; Var = 10⁴ (4/9) / 2.25.
        let half = NPSOutlook.aggregate([CustomerOutlook(stay: 1, respond: 1, promoter: 1, detractor: 0),
                                         CustomerOutlook(stay: 0.5, respond: 1, promoter: 0, detractor: 1)]).overall
        #expect(abs(half.nps - 100.0 / 3) < 1e-12)
        #expect(abs(half.samplingVariance - 10_000 * (4.0 / 9) / 2.25) < 1e-9)
    }

    @Test func levelForecastIntervalWidthByHand() throws {
        let f = try NPSForecaster(configuration: .init(design: .level))
            .forecast(outlook: NPSOutlook.aggregate(homogeneous), history: [])
        #expect(f.overall.method == .level && abs(f.overall.point - 30) < 1e-12)
        // Half-widths z · √30.5 with z = 1.2815515655446004 and 1.959963984540054 (scipy norm.ppf(0.9), (0.975)).
        #expect(abs(f.overall.interval80.upper - f.overall.interval80.lower - 2 * 1.2815515655446004 * 30.5.squareRoot())
            < 1e-9)
        #expect(abs(f.overall.interval95.upper - 30 - 1.959963984540054 * 30.5.squareRoot()) < 1e-9)
        #expect(f.overall.naive == nil)
    }

    @Test func compositionOfIdenticalCustomersKeepsLastQuarter() throws {
        // 100 of the 400 answered last quarter: 45 P, 35 passive, 20 D → A = 25. Everyone has d = 0.3, so M = L = 30
        // and F = A. Anchor variance: sample variance of the answers' residuals c − 0.3 (that of c: Σ(c − 0.25)² =
        // 45·0.5625 + 35·0.0625 + 20·1.5625 = 58.75 over 99), divided by 100 answers, × 10⁴.
        var customers = homogeneous
        for i in 0..<100 {
            customers[i].lastAnswers = 1
            customers[i].lastNet = i < 45 ? 1 : i < 80 ? 0 : -1
        }
        let outlook = NPSOutlook.aggregate(customers)
        #expect(outlook.overall.lastAnswers == 100 && abs(outlook.overall.lastModelNPS - 30) < 1e-12)
        let last = PastPeriod(end: day, actual: BySegment(overall: NPSTally(promoters: 45, passives: 35, detractors: 20)))
        let f = try NPSForecaster().forecast(outlook: outlook, history: [last], modelError: .assumed(variance: 4)).overall
        #expect(f.method == .composition && abs(f.point - 25) < 1e-12 && f.naive == 25)
        let anchor = 10_000 * (58.75 / 99) / 100
        #expect(abs(f.anchorVariance - anchor) < 1e-9)
        #expect(abs(f.standardError - (30.5 + anchor + 4).squareRoot()) < 1e-9)
    }

    @Test func compositionFollowsDetractorsLeaving() throws {
        // 100 fans (d = 0.85 − 0.05 = 0.8) and 100 critics (d = 0.1 − 0.7 = −0.6), all answering half the time.
        // Last quarter 50 of each answered (A = 12 from 49 P, 14 passive, 37 D); L = 100·(0.8 − 0.6)/2 = 10.
        // Critics now stay with probability 0.5: M = 100·(50·0.8 − 25·0.6)/75 = 100/3. F = 12 + 100/3 − 10.
        var customers = [CustomerOutlook]()
        for i in 0..<200 {
            let fan = i < 100
            customers.append(CustomerOutlook(stay: fan ? 1 : 0.5, respond: 0.5, promoter: fan ? 0.85 : 0.1,
                                             detractor: fan ? 0.05 : 0.7, segment: fan ? 0 : 1,
                                             lastAnswers: i % 2, lastNet: 0))
        }
        let outlook = NPSOutlook.aggregate(customers, labels: ["fans", "critics"])
        let tally = BySegment(overall: NPSTally(promoters: 49, passives: 14, detractors: 37), labels: ["fans", "critics"],
                              segments: [NPSTally(promoters: 44, passives: 4, detractors: 2),
                                         NPSTally(promoters: 5, passives: 10, detractors: 35)])
        let f = try NPSForecaster().forecast(outlook: outlook, history: [PastPeriod(end: day, actual: tally)])
        #expect(abs(f.overall.modelLevel - 100.0 / 3) < 1e-12)
        #expect(abs(f.overall.point - (12 + 100.0 / 3 - 10)) < 1e-12)
        #expect(f.overall.naive == 12)
        // Each segment's own composition is unchanged (M = L), so it keeps its last quarter before shrinkage.
        #expect(abs(f.segments[0].unshrunk - 84) < 1e-9 && abs(f.segments[1].unshrunk - (-60)) < 1e-9)
    }

    @Test func offsetsDesignAddsThePredictedChangeToLastQuarter() throws {
        // Last quarter: 45 P, 35 passive, 20 D → A = 25; the model had said 27 for it and says 30 now: F = 25 + 3.
        let last = PastPeriod(
            end: day, actual: BySegment(overall: NPSTally(promoters: 45, passives: 35, detractors: 20)),
            outlook: BySegment(overall: figures(100, 0.47, 0.2, nps: 27, variance: 60)))
        let f = try NPSForecaster(configuration: .init(design: .offsets(periods: 1)))
            .forecast(outlook: NPSOutlook.aggregate(homogeneous), history: [last], modelError: .assumed(variance: 4))
        #expect(f.overall.method == .offsets && f.overall.anchorPeriods == 1)
        #expect(abs(f.overall.point - 28) < 1e-12)
        #expect(f.overall.naive == 25 && abs(f.overall.modelLevel - 30) < 1e-12)
        // Anchor variance: smoothed shares 46/103, 21/103, n = 100.
        let anchor = 10_000 * (67.0 / 103 - (25.0 / 103) * (25.0 / 103)) / 100
        #expect(abs(f.overall.anchorVariance - anchor) < 1e-9)
        #expect(abs(f.overall.standardError - (30.5 + anchor + 4).squareRoot()) < 1e-9)
    }

    @Test func twoAnchorPeriodsAverageTheOffset() throws {
        func period(_ p: Int, _ d: Int, model: Double) -> PastPeriod {
            PastPeriod(end: day, actual: BySegment(overall: NPSTally(promoters: p, passives: 100 - p - d, detractors: d)),
                       outlook: BySegment(overall: figures(100, 0, 0, nps: model, variance: 0)))
        }
        // Offsets 27 − 25 = 2 and 20 − 24 = −4: mean −1, so F = 30 + 1.
        let f = try NPSForecaster(configuration: .init(design: .offsets(periods: 2)))
            .forecast(outlook: NPSOutlook.aggregate(homogeneous),
                      history: [period(45, 20, model: 27), period(40, 16, model: 20), period(0, 100, model: 90)])
        #expect(abs(f.overall.point - 31) < 1e-12 && f.overall.anchorPeriods == 2 && f.overall.naive == 25)
    }

    @Test func smallSegmentsShrinkTowardOverallAndLargeOnesDoNot() throws {
        // Two large segments at 40 and 0 and a small one whose 8 answers said 62.5; the model predicts no change.
        let labels = ["large-a", "large-b", "small"]
        let now = BySegment(
            overall: figures(4008, 0.45, 0.25, nps: 20, variance: 1.5),
            labels: labels,
            segments: [figures(2000, 0.55, 0.15, nps: 40, variance: 3),
                       figures(2000, 0.35, 0.35, nps: 0, variance: 3.5),
                       figures(8, 0.5, 0.2, nps: 30, variance: 700)])
        let actual = BySegment(overall: NPSTally(promoters: 1805, passives: 1201, detractors: 1002), labels: labels,
                               segments: [NPSTally(promoters: 1100, passives: 600, detractors: 300),
                                          NPSTally(promoters: 700, passives: 600, detractors: 700),
                                          NPSTally(promoters: 5, passives: 3, detractors: 0)])
        let last = PastPeriod(end: day, actual: actual, outlook: now)
        let f = try NPSForecaster(configuration: .init(design: .offsets(periods: 1)))
            .forecast(outlook: now, history: [last], modelError: .assumed(variance: 1))
        let overall = f.overall.point
        #expect(abs(overall - 100.0 * 803 / 4008) < 1e-9)  // anchored on last quarter, no predicted change
        let (a, b, small) = (f.segments[0], f.segments[1], f.segments[2])
        #expect(abs(small.unshrunk - 62.5) < 1e-12)
        // The small segment moves a good part of the way toward the overall figure; the large ones hardly move.
        #expect(small.shrinkage > 0.3 && small.point < small.unshrunk && small.point > overall)
        #expect(a.shrinkage < 0.02 && abs(a.point - a.unshrunk) < 0.02 * abs(a.unshrunk - overall))
        #expect(b.shrinkage < 0.02 && abs(b.point - b.unshrunk) < 0.02 * abs(b.unshrunk - overall))
        #expect(small.isSmall && !a.isSmall && !b.isSmall)
        #expect(f.betweenSegmentVariance! > 100)
        // Shrinking narrows the small segment's interval below what its own figures alone would give.
        #expect(small.standardError * small.standardError < small.samplingVariance + small.anchorVariance + 1)
    }

    @Test func noSpreadBeyondSamplingKeepsEachSegmentsOwnFigure() throws {
        // Two segments of 100 answers at NPS 30 and 34: the gap is well within sampling noise (SE ≈ 7 each), so
        // τ_b² = 0; no segment is shrunk, each keeps its own figure (the model predicts no change).
        let labels = ["a", "b"]
        let now = BySegment(overall: figures(200, 0.51, 0.19, nps: 32, variance: 5), labels: labels,
                            segments: [figures(100, 0.5, 0.2, nps: 30, variance: 10),
                                       figures(100, 0.52, 0.18, nps: 34, variance: 10)])
        let actual = BySegment(overall: NPSTally(promoters: 102, passives: 60, detractors: 38), labels: labels,
                               segments: [NPSTally(promoters: 50, passives: 30, detractors: 20),
                                          NPSTally(promoters: 52, passives: 30, detractors: 18)])
        let f = try NPSForecaster(configuration: .init(design: .offsets(periods: 1)))
            .forecast(outlook: now, history: [PastPeriod(end: day, actual: actual, outlook: now)],
                      modelError: .assumed(variance: 1))
        #expect(f.betweenSegmentVariance == 0)
        #expect(f.segments.map(\.shrinkage) == [0, 0])
        #expect(abs(f.segments[0].point - 30) < 1e-9 && abs(f.segments[1].point - 34) < 1e-9)
    }

    @Test func segmentWithoutRecentAnswersUsesTheOverallOffset() throws {
        let labels = ["a", "b"]
        let now = BySegment(
            overall: figures(300, 0, 0, nps: 20, variance: 30),
            labels: labels,
            segments: [figures(290, 0, 0, nps: 21, variance: 30),
                       figures(10, 0, 0, nps: -10, variance: 900)])
        let last = PastPeriod(end: day,
                              actual: BySegment(overall: NPSTally(promoters: 100, passives: 100, detractors: 100),
                                                labels: labels,
                                                segments: [NPSTally(promoters: 100, passives: 100, detractors: 100),
                                                           NPSTally()]),
                              outlook: now)
        let f = try NPSForecaster(configuration: .init(design: .offsets(periods: 1))).forecast(outlook: now, history: [last])
        // Overall offset 20 − 0 = 20: segment b gets −10 − 20 before shrinkage.
        #expect(f.segments[1].method == .levelWithOverallAnchor && f.segments[1].unshrunk == -30)
        #expect(f.segments[1].naive == nil && f.segments[0].naive == 0)
    }

    @Test func refusesAnEmptyOutlookAndBadConfiguration() {
        #expect(throws: ForecastError.noExpectedRespondents(asOf: "2025-06-30")) {
            try NPSForecaster().forecast(outlook: NPSOutlook.aggregate([]), history: [], asOf: "2025-06-30")
        }
        #expect(throws: ForecastError.invalidConfiguration(field: "design.offsets.periods",
                                                           expected: "an integer in 1...40", found: "0")) {
            try NPSForecaster(configuration: .init(design: .offsets(periods: 0)))
        }
    }
}
