import Ingest
import Testing
@testable import Forecast

/// NPS by calendar period and segment on a small hand-made survey whose tallies are counted by hand below.
@Suite struct NPSTableTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    /// Customers 0–2 "east", 3–4 "west", 5 without a segment.
    static let segments = Segmentation(labels: ["east", "west"], ofCustomer: [0, 0, 0, 1, 1, -1])

    /// 2026-Q1: c0 10 and 8 on 01-05 (one answer, mean 9: promoter), c1 3 on 02-10 (detractor), c3 9 on 03-31
    /// (promoter), c5 7 on 03-01 (passive). Q2: nothing. Q3: c2 9 on 07-01 (promoter), c0 6 on 08-15 (detractor),
    /// c4 0 and 6 on 09-30 (one answer, mean 3: detractor).
    static let responses = [
        NPSResponse(customer: 0, day: day(2026, 1, 5), score: 10), NPSResponse(customer: 0, day: day(2026, 1, 5), score: 8),
        NPSResponse(customer: 1, day: day(2026, 2, 10), score: 3), NPSResponse(customer: 3, day: day(2026, 3, 31), score: 9),
        NPSResponse(customer: 5, day: day(2026, 3, 1), score: 7), NPSResponse(customer: 2, day: day(2026, 7, 1), score: 9),
        NPSResponse(customer: 0, day: day(2026, 8, 15), score: 6), NPSResponse(customer: 4, day: day(2026, 9, 30), score: 0),
        NPSResponse(customer: 4, day: day(2026, 9, 30), score: 6),
    ]

    @Test func periodsAreCalendarQuartersAndMonths() {
        let q = NPSPeriod(containing: Self.day(2024, 2, 29), length: .quarter)
        #expect(q.label == "2024-Q1" && q.first == Self.day(2024, 1, 1) && q.last == Self.day(2024, 3, 31))
        let q4 = NPSPeriod(containing: Self.day(2025, 10, 1), length: .quarter)
        #expect(q4.label == "2025-Q4" && q4.last == Self.day(2025, 12, 31) && q4.next.label == "2026-Q1")
        let m = NPSPeriod(containing: Self.day(2024, 2, 1), length: .month)
        #expect(m.label == "2024-02" && m.last == Self.day(2024, 2, 29) && m.next.first == Self.day(2024, 3, 1))
        #expect(NPSPeriod(containing: Self.day(2025, 12, 31), length: .month).next.label == "2026-01")
    }

    @Test func quartersBySegmentByHand() throws {
        let t = NPSTable.build(Self.responses, segmentation: Self.segments, method: .wald)
        #expect(t.rows.map(\.period.label) == ["2026-Q1", "2026-Q2", "2026-Q3"])
        #expect(t.through == Self.day(2026, 9, 30) && t.rows.allSatisfy(\.complete) && t.segmentLabels == ["east", "west"])
        // Q1: all 2 P (c0, c3), 1 passive (c5), 1 D (c1): NPS 100 × (2 − 1)/4 = 25. east c0 P, c1 D: 0. west c3 P: 100.
        let q1 = t.rows[0].cells
        #expect(q1.overall.label == "all" && q1.overall.tally == NPSTally(promoters: 2, passives: 1, detractors: 1))
        #expect(q1.overall.nps == 25 && q1.overall.promoterShare == 0.5 && q1.overall.passiveShare == 0.25)
        #expect(q1["east"]?.nps == 0 && q1["west"]?.nps == 100 && q1["west"]?.respondents == 1)
        // SE of all in Q1: n·Var = 0.75 − 0.25² = 0.6875, SE = 100 √(0.6875/4) = 41.457809.
        #expect(abs(q1.overall.standardError! - 41.45780987944249) < 1e-9)
        #expect(abs(q1.overall.margin! - 1.959963984540054 * 41.45780987944249) < 1e-8)
        // east against the rest (c3 P, c5 passive): east 0 with n·Var = 1 − 0 = 1, SE² = 10⁴/2 = 5000; rest 50 with
        // n·Var = 0.5 − 0.25 = 0.25, SE² = 1250. Δ = −50, SE = √6250 = 79.056942, z = −0.632456, p = 0.527089.
        let east = try #require(q1["east"]?.versusRest)
        #expect(east.difference == -50 && abs(east.standardError - 79.05694150420949) < 1e-9)
        #expect(abs(east.pValue - 0.5270892568655381) < 1e-9 && !east.isStatisticallyReal)
        #expect(q1.overall.versusRest == nil && q1.overall.change == nil)
        // Q2 is empty: no figures, no change either side of it.
        let q2 = t.rows[1].cells
        #expect(q2.overall.respondents == 0 && q2.overall.nps == nil && q2.overall.interval == nil)
        #expect(t.rows[2].cells.overall.change == nil)
        // Q3: all c2 P, c0 D, c4 D: 100 × (1 − 2)/3; east c2 P, c0 D: 0; west c4 D: −100.
        let q3 = t.rows[2].cells
        #expect(q3.overall.tally == NPSTally(promoters: 1, passives: 0, detractors: 2))
        #expect(abs(q3.overall.nps! - (-100.0 / 3)) < 1e-12 && q3["east"]?.nps == 0 && q3["west"]?.nps == -100)
    }

    @Test func monthsAndTheChangeAgainstThePreviousOne() throws {
        let t = NPSTable.build(Self.responses, segmentation: Self.segments, every: .month, method: .wald)
        #expect(t.rows.map(\.period.label) == (1...9).map { "2026-0\($0)" })
        // February c1 D (NPS −100, SE 0); March c3 P, c5 passive (NPS 50, SE² = 10⁴ × 0.25/2 = 1250).
        // Δ = 150, SE = √1250 = 35.355339, z = 4.242641, p = 2.2090e-5: real.
        let march = try #require(t.rows[2].cells.overall.change)
        #expect(march.difference == 150 && abs(march.standardError - 35.35533905932738) < 1e-9)
        #expect(abs(march.pValue - 2.2090496998585445e-05) < 1e-12 && march.isStatisticallyReal)
    }

    @Test func throughCutsTheTableAndMarksTheRunningPeriod() {
        // Through 2026-08-31: c4's September answers are left out; Q3 is still running.
        let t = NPSTable.build(Self.responses, segmentation: Self.segments, through: Self.day(2026, 8, 31))
        #expect(t.rows.map(\.complete) == [true, true, false])
        #expect(t.rows[2].cells.overall.tally == NPSTally(promoters: 1, passives: 0, detractors: 1))
        // Through a day in a later quarter: that quarter is listed, empty.
        let later = NPSTable.build(Self.responses, through: Self.day(2026, 10, 1))
        #expect(later.rows.last?.period.label == "2026-Q4" && later.rows.last?.cells.overall.respondents == 0)
        #expect(NPSTable.build([], segmentation: Self.segments).rows.isEmpty)
    }

    @Test func agreesWithQuarterlyTalliesAndIgnoresRowOrder() {
        let t = NPSTable.build(Self.responses, segmentation: Self.segments)
        for row in t.rows {
            let q = QuarterlyNPS.tally(Self.responses, after: row.period.first.adding(days: -1), through: row.period.last,
                                       segmentation: Self.segments)
            #expect(row.cells.overall.tally == q.overall && row.cells.segments.map(\.tally) == q.segments)
        }
        #expect(NPSTable.build(Self.responses.reversed(), segmentation: Self.segments) == t)
        // The default interval is the adjusted Wald of the cell's counts.
        let q1 = t.rows[0].cells.overall
        #expect(q1.interval == NPSEstimate(q1.tally)?.interval(confidence: 0.95, method: .adjustedWald))
    }
}
