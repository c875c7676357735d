import Ingest

/// The time grid of a generated base: weeks counted from the start date (the latent state changes weekly) and
/// the calendar quarters that overlap the history (surveys run once a quarter).
public struct SyntheticCalendar: Sendable {
    public let start: Day
    public let end: Day
    /// Weeks 0..<weekCount cover start...end; the last may be cut short by the end date.
    public let weekCount: Int
    public let quarters: [Quarter]

    public init(start: Day, end: Day) {
        precondition(start <= end, "start after end")
        self.start = start
        self.end = end
        weekCount = end.days(since: start) / 7 + 1
        quarters = Quarter.overlapping(start, end)
    }

    /// Number of days start...end.
    public var dayCount: Int { end.days(since: start) + 1 }

    /// The week containing `day`; negative before the start.
    @inline(__always)
    public func week(of day: Day) -> Int {
        let offset = day.days(since: start)
        return offset >= 0 ? offset / 7 : -((-offset + 6) / 7)
    }

    /// The first day of week `week`.
    @inline(__always)
    public func weekStart(_ week: Int) -> Day { start.adding(days: 7 * week) }
}

/// A calendar quarter (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec).
public struct Quarter: Sendable, Equatable, Codable {
    public var start: Day
    public var end: Day
    /// e.g. "2025Q3".
    public var label: String

    /// The calendar quarters that share at least one day with first...last.
    static func overlapping(_ first: Day, _ last: Day) -> [Quarter] {
        var (y, m, _) = first.civil
        m = (m - 1) / 3 * 3 + 1
        var result: [Quarter] = []
        while true {
            let qStart = Day(year: y, month: m, day: 1)!
            if qStart > last { break }
            let (ny, nm) = m == 10 ? (y + 1, 1) : (y, m + 3)
            let qEnd = Day(year: ny, month: nm, day: 1)!.adding(days: -1)
            result.append(Quarter(start: qStart, end: qEnd, label: "\(y)Q\((m - 1) / 3 + 1)"))
            (y, m) = (ny, nm)
        }
        return result
    }
}
