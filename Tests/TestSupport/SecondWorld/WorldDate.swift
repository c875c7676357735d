import Ingest

/// A date of the second world: Ingest's `Day` (days since 1970-01-01) with the calendar helpers the simulation
/// needs, written as `YYYY-MM-DD` in the truth file.
public struct WorldDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let day: Day

    public init(_ day: Day) { self.day = day }

    public init(dayNumber: Int) { day = Day(index: Int32(dayNumber)) }

    /// A valid civil date (a programming error otherwise).
    public init(year: Int, month: Int, day: Int) {
        guard let valid = Day(year: year, month: month, day: day) else { preconditionFailure("no date \(year)-\(month)-\(day)") }
        self.day = valid
    }

    /// Parses a date as the exports' reader does; nil when it is not one.
    public init?(iso text: String) {
        guard let parsed = Day.parse(text) else { return nil }
        day = parsed
    }

    public var dayNumber: Int { Int(day.index) }
    public var components: (year: Int, month: Int, day: Int) { day.civil }
    public var iso: String { day.description }
    public var description: String { iso }

    /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    /// The calendar quarter as year × 4 + (quarter − 1).
    public var quarterKey: Int { let c = components; return c.year * 4 + (c.month - 1) / 3 }

    /// The first day of this date's calendar quarter.
    public var quarterStart: WorldDate {
        let c = components
        return WorldDate(year: c.year, month: (c.month - 1) / 3 * 3 + 1, day: 1)
    }

    public func adding(days: Int) -> WorldDate { WorldDate(day.adding(days: days)) }

    public static func < (a: WorldDate, b: WorldDate) -> Bool { a.day < b.day }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = WorldDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
