import Ingest
import Support

/// How often to take a snapshot when as-of dates are given as a range (`--from/--to --every`).
public enum SnapshotFrequency: String, Codable, Sendable, CaseIterable {
    /// The last day of every month.
    case month
    /// The last day of March, June, September and December.
    case quarter
}

/// Lists of as-of dates: every month end or quarter end in a range.
public enum SnapshotSchedule {
    /// The month ends (or quarter ends) d with `from ≤ d ≤ to`, ascending.
    /// Throws `InvalidParameter` about the range's end (`.end`) when `from > to` or no such date falls in the range.
    ///
    ///     dates(from: 2024-01-15, to: 2024-12-31, every: .quarter) = [2024-03-31, 2024-06-30, 2024-09-30, 2024-12-31]
    public static func dates(from: Day, to: Day, every: SnapshotFrequency) throws -> [Day] {
        guard from <= to else {
            throw InvalidParameter(.end, value: to.description, expected: "a date on or after the first date, \(from)")
        }
        let step = every == .month ? 1 : 3
        var (year, month, _) = from.civil
        if every == .quarter { month = ((month - 1) / 3 + 1) * 3 }  // the quarter's last month
        var out: [Day] = []
        while true {
            let end = Day(year: year, month: month, day: Day.lastDay(month: month, year: year))!
            if end > to { break }
            if end >= from { out.append(end) }
            month += step
            if month > 12 { month -= 12; year += 1 }
        }
        if out.isEmpty {
            throw InvalidParameter(.end, value: to.description,
                                   expected: "a date that makes the range from \(from) contain at least one \(every.rawValue) end")
        }
        return out
    }
}

extension Day {
    /// The number of days in `month` (1–12) of `year`: the last day of that month.
    static func lastDay(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
