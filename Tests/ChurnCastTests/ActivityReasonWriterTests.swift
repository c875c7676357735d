import Testing
@testable import ChurnCast

/// "typical" in the activity family's words is the median days since the last activity among comparable customers
/// (issue 11, point 3): the scored customers in the same band of active days over the last 365 (1, 2–3, 4–7, …).
/// Expected values by hand from the rows below.
@Suite struct ActivityReasonWriterTests {
    @Test func bandsDoubleFromOneActiveDay() {
        #expect([0.0, 1, 2, 3, 4, 7, 8, 15, 16].map(ActivityReasonWriter.band) == [0, 1, 2, 2, 3, 3, 4, 4, 5])
    }

    @Test func typicalIsTheMedianRecencyOfTheSameBand() {
        // Column 0: days since the last activity; column 1: active days in 365. Six rows.
        let since: [Double] = [212, 30, 100, 40, 10, 400]
        let days: [Double] = [1, 1, 1, 5, 6, 0]
        let medians = ActivityReasonWriter.bandMedians(values: since + days, rows: 6, since: 0, days: 1)
        // Band 1 (one active day): 212, 30, 100 → 100. Band 3 (4–7): 40, 10 → 25. The silent year: no band.
        #expect(medians == [1: 100, 3: 25])
    }
}
