import Testing
@testable import Ingest

@Suite struct DayTests {
    @Test func knownDayNumbers() {
        // Reference: Unix epoch day numbers (date -d 2000-03-01 +%s / 86400 = 11017).
        #expect(Day(year: 1970, month: 1, day: 1)?.index == 0)
        #expect(Day(year: 2000, month: 3, day: 1)?.index == 11017)
        #expect(Day(year: 2024, month: 2, day: 29)?.index == 19782)
        #expect(Day(year: 1969, month: 12, day: 31)?.index == -1)
    }

    @Test func impossibleDatesAreNil() {
        #expect(Day(year: 2025, month: 2, day: 29) == nil)
        #expect(Day(year: 2025, month: 2, day: 30) == nil)
        #expect(Day(year: 2025, month: 13, day: 1) == nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
    }

    @Test func roundTripsThroughCivil() {
        for i in stride(from: Int32(-800_000), to: 800_000, by: 997) {
            let d = Day(index: i)
            let (y, m, dd) = d.civil
            #expect(Day(year: y, month: m, day: dd) == d)
        }
        #expect(Day(index: 19782).description == "2024-02-29")
    }
}
