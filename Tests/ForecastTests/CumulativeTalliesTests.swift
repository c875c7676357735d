import Ingest
import Testing
import TestSupport
@testable import Forecast

/// Window tallies from cumulative daily counts against counting the answers one by one (the general path), and
/// against counts made by hand.
@Suite struct CumulativeTalliesTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    /// The general path: every answer in (start, end] counted.
    static func counted(_ days: [Day], _ nets: [Int8], after start: Day, through end: Day) -> NPSTally {
        var t = NPSTally()
        for (d, n) in zip(days, nets) where d > start && d <= end {
            switch n {
            case 1: t.promoters += 1
            case -1: t.detractors += 1
            default: t.passives += 1
            }
        }
        return t
    }

    /// Answers on 03-01 (promoter), 03-01 (detractor), 03-15 (passive), 04-02 (promoter), out of order. By hand:
    /// (02-28, 03-31] holds the first three; (03-01, 04-02] the last two; (03-15, 04-01] none.
    @Test func handCountedWindows() {
        let days = [Self.day(2026, 4, 2), Self.day(2026, 3, 1), Self.day(2026, 3, 15), Self.day(2026, 3, 1)]
        let nets: [Int8] = [1, 1, 0, -1]
        let tallies = CumulativeTallies(days: days, nets: nets)
        #expect(tallies.tally(after: Self.day(2026, 2, 28), through: Self.day(2026, 3, 31))
                == NPSTally(promoters: 1, passives: 1, detractors: 1))
        #expect(tallies.tally(after: Self.day(2026, 3, 1), through: Self.day(2026, 4, 2))
                == NPSTally(promoters: 1, passives: 1, detractors: 0))
        #expect(tallies.tally(after: Self.day(2026, 3, 15), through: Self.day(2026, 4, 1)) == NPSTally())
    }

    @Test func noAnswersGiveEmptyTallies() {
        let tallies = CumulativeTallies(days: [], nets: [])
        #expect(tallies.tally(after: Self.day(2026, 1, 1), through: Self.day(2026, 12, 31)) == NPSTally())
    }

    /// Random answers over two years, windows inside, across and outside their span (and reversed).
    @Test func randomWindowsMatchCountingEveryAnswer() {
        var rng = SeededGenerator(seed: 7)
        let first = Self.day(2025, 1, 1)
        let days = (0..<2_000).map { _ in first.adding(days: Int(rng.next() % 730)) }
        let nets = (0..<2_000).map { _ in Int8(Int(rng.next() % 3) - 1) }
        let tallies = CumulativeTallies(days: days, nets: nets)
        for _ in 0..<500 {
            let start = first.adding(days: Int(rng.next() % 900) - 100)
            let end = start.adding(days: Int(rng.next() % 200) - 20)
            #expect(tallies.tally(after: start, through: end) == Self.counted(days, nets, after: start, through: end))
        }
    }
}
