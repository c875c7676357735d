import Ingest

/// One calendar quarter or month with its first and last day, numbered so that consecutive periods have
/// consecutive indexes.
public struct NPSPeriod: Codable, Sendable, Hashable, Comparable {
    public var length: NPSPeriodLength
    /// Periods since the one starting in January of year 0 (so 2026-Q1 is 2026 × 4 for quarters).
    public var index: Int
    public var first: Day
    public var last: Day

    public init(index: Int, length: NPSPeriodLength) {
        self.length = length
        self.index = index
        let month = index * length.months
        let year = NPSPeriod.floorDivide(month, 12), monthOfYear = month - 12 * year + 1
        first = Day(year: year, month: monthOfYear, day: 1)!
        let next = month + length.months, nextYear = NPSPeriod.floorDivide(next, 12)
        last = Day(year: nextYear, month: next - 12 * nextYear + 1, day: 1)!.adding(days: -1)
    }

    /// The period `day` falls in.
    public init(containing day: Day, length: NPSPeriodLength) {
        let (year, month, _) = day.civil
        self.init(index: NPSPeriod.floorDivide(12 * year + month - 1, length.months), length: length)
    }

    /// "2026-Q3" for a quarter, "2026-09" for a month.
    public var label: String {
        let (year, month, _) = first.civil
        switch length {
        case .quarter: return "\(year)-Q\((month - 1) / 3 + 1)"
        case .month: return String(first.description.prefix(7))
        }
    }

    /// The period after this one.
    public var next: NPSPeriod { NPSPeriod(index: index + 1, length: length) }

    public func contains(_ day: Day) -> Bool { day >= first && day <= last }

    public static func < (a: NPSPeriod, b: NPSPeriod) -> Bool { a.index < b.index }

    static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
