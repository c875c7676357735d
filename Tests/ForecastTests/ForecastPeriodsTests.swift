import Ingest
import Testing
@testable import Forecast

/// Forecast periods: the calendar quarter after the one containing T (as the report's NPS chart draws quarters).
@Suite struct ForecastPeriodsTests {
    func d(_ y: Int, _ m: Int, _ day: Int) -> Day { Day(year: y, month: m, day: day)! }

    @Test func quarterEnd() {
        let w = ForecastPeriods.calendarQuarter.windows(asOf: d(2026, 6, 30), horizon: 90)
        #expect(w.last.after == d(2026, 3, 31) && w.last.through == d(2026, 6, 30))
        #expect(w.next.after == d(2026, 6, 30) && w.next.through == d(2026, 9, 30) && w.next.days == 92)
    }

    @Test func midQuarterForecastsTheNextCalendarQuarter() {
        let w = ForecastPeriods.calendarQuarter.windows(asOf: d(2026, 5, 15), horizon: 90)
        #expect(w.last.after == d(2025, 12, 31) && w.last.through == d(2026, 3, 31))
        #expect(w.next.after == d(2026, 6, 30) && w.next.through == d(2026, 9, 30))
        let january = ForecastPeriods.calendarQuarter.windows(asOf: d(2026, 1, 1), horizon: 90)
        #expect(january.next.through == d(2026, 6, 30) && january.last.through == d(2025, 12, 31))
    }

    @Test func rollingWindowsOfTheHorizon() {
        let w = ForecastPeriods.rolling.windows(asOf: d(2026, 5, 15), horizon: 90)
        #expect(w.last.after == d(2026, 2, 14) && w.next.through == d(2026, 8, 13))
    }
}
