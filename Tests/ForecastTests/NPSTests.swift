import Ingest
import Testing
@testable import Forecast

/// NPS arithmetic, categories, period tallies and category probabilities, against hand computation and scipy.
@Suite struct NPSTests {
    @Test func scoreByHand() {
        // 50 promoters, 30 passives, 20 detractors: 100 × (50 − 20) / 100 = 30.
        #expect(NPS.score(promoters: 50, detractors: 20, total: 100) == 30)
        #expect(NPS.score(promoters: 0, detractors: 3, total: 3) == -100)
        #expect(abs(NPS.score(promoters: 1, detractors: 2, total: 7) - (-100.0 / 7)) < 1e-13)
    }

    @Test func categoriesOfWholeAndMergedScores() {
        #expect(NPSCategory(score: 9) == .promoter && NPSCategory(score: 10) == .promoter)
        #expect(NPSCategory(score: 7) == .passive && NPSCategory(score: 8) == .passive)
        #expect(NPSCategory(score: 6) == .detractor && NPSCategory(score: 0) == .detractor)
        // Means of two same-day answers: 8.5 and 6.5 are neither 9–10 nor 0–6.
        #expect(NPSCategory(score: 8.5) == .passive && NPSCategory(score: 6.5) == .passive)
    }

    @Test func multinomialVarianceByHand() {
        // p₊ = 0.5, p₋ = 0.2, n = 200: 10⁴ · (0.7 − 0.09) / 200 = 30.5.
        #expect(abs(NPS.samplingVariance(promoterShare: 0.5, detractorShare: 0.2, respondents: 200) - 30.5) < 1e-12)
        // All promoters: no spread.
        #expect(NPS.samplingVariance(promoterShare: 1, detractorShare: 0, respondents: 10) == 0)
    }

    @Test func tallySmoothsItsVariance() {
        let all = NPSTally(promoters: 4)
        #expect(all.score == 100)
        // Shares (4+1)/7 and 1/7: 10⁴ · (6/7 − (4/7)²) / 4.
        #expect(abs(all.samplingVariance! - 10_000 * (6.0 / 7 - 16.0 / 49) / 4) < 1e-9)
        #expect(NPSTally().score == nil && NPSTally().samplingVariance == nil)
    }

    @Test func periodTallyMergesSameDayAnswers() {
        let d = Day(year: 2025, month: 3, day: 31)!
        let responses = [
            NPSResponse(customer: 0, day: d, score: 10), NPSResponse(customer: 0, day: d, score: 8),   // mean 9: P
            NPSResponse(customer: 1, day: d, score: 6), NPSResponse(customer: 1, day: d, score: 7),    // 6.5: passive
            NPSResponse(customer: 1, day: d.adding(days: -1), score: 3),                              // another day: D
            NPSResponse(customer: 2, day: d.adding(days: -90), score: 0),                             // before: out
            NPSResponse(customer: 2, day: d.adding(days: -89), score: 9),                             // first day: P
            NPSResponse(customer: 3, day: d.adding(days: 1), score: 0),                               // after: out
        ]
        let segments = Segmentation(labels: ["a", "b"], ofCustomer: [0, 1, 1, -1])
        let t = QuarterlyNPS.tally(responses, after: d.adding(days: -90), through: d, segmentation: segments)
        #expect(t.overall == NPSTally(promoters: 2, passives: 1, detractors: 1))
        #expect(t["a"] == NPSTally(promoters: 1) && t["b"] == NPSTally(promoters: 1, passives: 1, detractors: 1))
        // Order of rows does not matter.
        let again = QuarterlyNPS.tally(responses.reversed(), after: d.adding(days: -90), through: d,
                                       segmentation: segments)
        #expect(again == t)
        let history = QuarterlyNPS.history(responses, endingAt: [d, d.adding(days: 90)], days: 90)
        #expect(history.map(\.overall.total) == [4, 1])
        // Per customer: 0 one promoter; 1 a passive (merged) and a detractor; 2 one promoter; 3 none in the window.
        let perCustomer = QuarterlyNPS.answersByCustomer(responses, after: d.adding(days: -90), through: d,
                                                         customers: 4)
        #expect(perCustomer.answers == [1, 2, 1, 0] && perCustomer.net == [1, -1, 1, 0])
    }

    @Test func segmentationFromValues() {
        let s = Segmentation(values: ["pro", "", "basic", "pro"])
        #expect(s.labels == ["(missing)", "basic", "pro"])
        #expect(s.ofCustomer == [2, 0, 1, 2])
    }

    @Test func categoryProbabilitiesMatchScipy() {
        // scipy 1.17.1: norm.sf((8.5 − m)/s), norm.cdf((6.5 − m)/s) (Fixtures/scipy_reference.py).
        let reference: [(Double, Double, Double, Double)] = [
            (7.2, 1.9, 0.24692111812191392, 0.35627965100313985), (9.3, 1.1, 0.7664705491424134, 0.005456778574057726),
            (4.0, 2.5, 0.03593031911292579, 0.8413447460685429),
        ]
        for (m, s, promoter, detractor) in reference {
            let p = ScoreDistribution.categoryProbabilities(expectedScore: m, residualSD: s)
            #expect(abs(p.promoter - promoter) < 1e-14 && abs(p.detractor - detractor) < 1e-14)
        }
        // At the cut-offs exactly one half.
        #expect(ScoreDistribution.categoryProbabilities(expectedScore: 8.5, residualSD: 2).promoter == 0.5)
    }

    @Test func responsePropensityShrinksToBaseRate() throws {
        // 3 responses in 4 periods and 1 in 4: base 4/8 = 0.5. With a = 2: (1 + 3)/6, (1 + 1)/6; new customer 0.5.
        let r = try ResponsePropensity.fit(responses: [3, 1], periods: [4, 4])
        #expect(r.baseRate == 0.5)
        #expect(abs(r.probability(responses: 3, periods: 4) - 4.0 / 6) < 1e-15)
        #expect(abs(r.probability(responses: 1, periods: 4) - 2.0 / 6) < 1e-15)
        #expect(r.probability(responses: 0, periods: 0) == 0.5)
        #expect(r.probability(responses: 9, periods: 2) == 1)
        #expect(throws: ForecastError.noHistory(what: "survey responses")) {
            try ResponsePropensity.fit(responses: [0], periods: [0])
        }
    }
}
