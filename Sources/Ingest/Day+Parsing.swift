/// Parsing export dates straight from bytes: `YYYY-MM-DD`, or a full ISO-8601 timestamp taken at the calendar date
/// written in it (the part before `T`, whatever the offset — SPEC section 1), so an export reads as its users saw it.
extension Day {
    /// The outcome of parsing a date field.
    public enum ParseResult: Equatable, Sendable {
        case day(Day)
        /// Well-formed but not a real date, such as 2025-02-30 or 2025-13-01.
        case impossible(year: Int, month: Int, day: Int)
        /// Not `YYYY-MM-DD` nor an ISO-8601 timestamp.
        case malformed
    }

    /// What a date field must hold, for messages.
    public static let expectedFormat = "a date YYYY-MM-DD or an ISO-8601 timestamp such as 2025-03-01T14:05:00+02:00"

    /// Parses `YYYY-MM-DD`, optionally followed by `T` (or a space) and a time `hh:mm[:ss[.fraction]]` with an
    /// optional offset `Z`, `±hh`, `±hhmm` or `±hh:mm`. Surrounding spaces are ignored.
    /// - Complexity: O(field length), no allocation.
    public static func parse(bytes field: UnsafeBufferPointer<UInt8>) -> ParseResult {
        var lo = 0, hi = field.count
        while lo < hi && field[lo] == 0x20 { lo += 1 }
        while hi > lo && field[hi - 1] == 0x20 { hi -= 1 }
        guard hi - lo >= 10, let f = field.baseAddress.map({ $0 + lo }) else { return .malformed }
        let n = hi - lo
        guard let (year, month, d) = isoFields(f) else { return .malformed }
        if n > 10 {
            guard f[10] == 0x54 || f[10] == 0x74 || f[10] == 0x20, validTime(f + 11, n - 11) else { return .malformed }
        }
        guard let index = civilIndex(year: year, month: month, day: d) else {
            return .impossible(year: year, month: month, day: d)
        }
        return .day(Day(index: index))
    }

    /// Year, month and day of the ten bytes at `f` when they are `YYYY-MM-DD` (digits and dashes in place; the
    /// date need not exist), else `nil`. Byte-level and branch-light, so the engagement fast path
    /// (`PlainEngagementLines`) reads its dates with it too.
    @inline(__always)
    static func isoFields(_ f: UnsafePointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard f[4] == 0x2D && f[7] == 0x2D else { return nil }
        let y0 = f[0] &- 0x30, y1 = f[1] &- 0x30, y2 = f[2] &- 0x30, y3 = f[3] &- 0x30
        let m0 = f[5] &- 0x30, m1 = f[6] &- 0x30, d0 = f[8] &- 0x30, d1 = f[9] &- 0x30
        guard max(max(max(y0, y1), max(y2, y3)), max(max(m0, m1), max(d0, d1))) < 10 else { return nil }
        return (Int(y0) * 1000 + Int(y1) * 100 + Int(y2) * 10 + Int(y3), Int(m0) * 10 + Int(m1),
                Int(d0) * 10 + Int(d1))
    }

    /// `Day(year:month:day:)` for years 0–9999, written to be inlined into the parsing loop (unsigned division
    /// by constants only). Hinnant's days_from_civil with the era fixed at 0…24.
    @inline(__always)
    static func civilIndex(year: Int, month: Int, day: Int) -> Int32? {
        guard month >= 1, month <= 12, day >= 1 else { return nil }
        let leap = year & 3 == 0 && (year % 100 != 0 || year % 400 == 0)
        let length = month == 2 ? (leap ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31)
        guard day <= length else { return nil }
        let y = UInt(year + 400 - (month <= 2 ? 1 : 0))  // shifted by one era so it is never negative
        let era = y / 400
        let yoe = y - era * 400
        let mp = UInt(month > 2 ? month - 3 : month + 9)
        let doy = (153 * mp + 2) / 5 + UInt(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Int32(Int(era) * 146_097 + Int(doe) - 719_468 - 146_097)
    }

    /// Parses text (configuration values, tests); `nil` unless `parse(bytes:)` gives a day.
    public static func parse(_ text: String) -> Day? {
        var t = text
        return t.withUTF8 { if case .day(let d) = parse(bytes: $0) { return d } else { return nil } }
    }

    /// What was wrong with a date, for `IngestError.invalidValue(expected:)`.
    static func expectation(for result: ParseResult) -> String {
        switch result {
        case .impossible(let y, let m, _) where (1...12).contains(m):
            return "a date that exists (\(y)-\(m < 10 ? "0" : "")\(m) has \(daysIn(month: m, year: y)) days)"
        case .impossible:
            return "a date that exists (months run from 01 to 12)"
        default:
            return expectedFormat
        }
    }

    /// `hh:mm[:ss[.fraction]][Z|±hh[[:]mm]]` with hours 00–24, minutes and seconds 00–60.
    static func validTime(_ t: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        n >= 2 && t[0] &- 0x30 < 10 && t[1] &- 0x30 < 10 && (t[0] &- 0x30) * 10 + (t[1] &- 0x30) <= 24
            && validTimeAfterHour(t + 2, n - 2)
    }

    /// What follows the hour in `validTime`: `:mm[:ss[.fraction]][Z|±hh[[:]mm]]`.
    static func validTimeAfterHour(_ t: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        @inline(__always) func twoDigits(_ i: Int, max: UInt8) -> Bool {
            guard i + 1 < n else { return false }
            let a = t[i] &- 0x30, b = t[i + 1] &- 0x30
            return a < 10 && b < 10 && a * 10 + b <= max
        }
        guard n >= 3, t[0] == 0x3A, twoDigits(1, max: 59) else { return false }
        var i = 3
        if i < n && t[i] == 0x3A {
            guard twoDigits(i + 1, max: 60) else { return false }
            i += 3
            if i < n && (t[i] == 0x2E || t[i] == 0x2C) {
                i += 1
                let first = i
                while i < n && t[i] &- 0x30 < 10 { i += 1 }
                if i == first { return false }
            }
        }
        if i == n { return true }
        if (t[i] == 0x5A || t[i] == 0x7A) && i + 1 == n { return true }
        guard t[i] == 0x2B || t[i] == 0x2D, twoDigits(i + 1, max: 23) else { return false }
        i += 3
        if i == n { return true }
        if t[i] == 0x3A { i += 1 }
        return twoDigits(i, max: 59) && i + 2 == n
    }
}
