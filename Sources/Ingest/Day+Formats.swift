/// Dates in the other formats an export may use (`--date-format`, SPEC section 1): `DD.MM.YYYY`, `MM/DD/YYYY`,
/// `DD/MM/YYYY` (day and month of one or two digits, optionally followed by a time as spreadsheets write it) and
/// epoch seconds (an integer, optionally with a fraction, taken at the UTC calendar date). And, for a date that does not parse,
/// a hint naming the `--date-format` that reads it.
extension Day {
    /// Parses `field` as `format` says; surrounding spaces are ignored.
    /// - Complexity: O(field length), no allocation.
    public static func parse(bytes field: UnsafeBufferPointer<UInt8>, format: DateFormat) -> ParseResult {
        switch format {
        case .iso: return parse(bytes: field)
        case .dayMonthYear: return parseNumeric(field, separator: 0x2E, dayFirst: true)
        case .monthDayYear: return parseNumeric(field, separator: 0x2F, dayFirst: false)
        case .dayMonthYearSlashed: return parseNumeric(field, separator: 0x2F, dayFirst: true)
        case .epoch: return parseEpoch(field)
        }
    }

    /// What a date field of `format` must hold, for messages.
    public static func expectedFormat(_ format: DateFormat) -> String {
        switch format {
        case .iso: return expectedFormat
        case .dayMonthYear: return "a date DD.MM.YYYY such as 26.06.2025"
        case .monthDayYear: return "a date MM/DD/YYYY such as 06/26/2025"
        case .dayMonthYearSlashed: return "a date DD/MM/YYYY such as 26/06/2025"
        case .epoch: return "a date as epoch seconds such as 1750896000"
        }
    }

    /// What was wrong with `field` read as `format`: the expectation, and the formats that read it. A date in the
    /// other slash order (`21/09/2026` read month first) is impossible rather than malformed, so for the slash
    /// formats impossible dates are looked at too; a date several formats read names them all (`03/01/2024`: only
    /// the export's author knows which order it is in).
    static func expectation(for result: ParseResult, format: DateFormat, field: UnsafeBufferPointer<UInt8>) -> String {
        guard result == .malformed || format == .monthDayYear || format == .dayMonthYearSlashed else {
            return expectation(for: result)
        }
        let readers = DateFormat.allCases.filter { other in
            guard other != format, case .day = parse(bytes: field, format: other) else { return false }
            return true
        }
        let expected = result == .malformed ? expectedFormat(format) : expectation(for: result)
        guard !readers.isEmpty else { return expected }
        return expected + " (for dates like this one pass --date-format "
            + readers.map(\.rawValue).joined(separator: " or ") + ")"
    }

    private static func trimmed(_ field: UnsafeBufferPointer<UInt8>) -> (lo: Int, hi: Int) {
        var lo = 0, hi = field.count
        while lo < hi && field[lo] == 0x20 { lo += 1 }
        while hi > lo && field[hi - 1] == 0x20 { hi -= 1 }
        return (lo, hi)
    }

    /// `D.M.YYYY` / `M/D/YYYY` with one- or two-digit day and month, then optionally a time as spreadsheets write it
    /// (`validClockTime`).
    private static func parseNumeric(_ field: UnsafeBufferPointer<UInt8>, separator: UInt8, dayFirst: Bool) -> ParseResult {
        var (i, hi) = trimmed(field)
        func number(maxDigits: Int, exactly: Bool) -> Int? {
            var v = 0, n = 0
            while i < hi, n < maxDigits, field[i] &- 0x30 < 10 { v = v * 10 + Int(field[i] &- 0x30); i += 1; n += 1 }
            return n == 0 || (exactly && n != maxDigits) ? nil : v
        }
        guard let a = number(maxDigits: 2, exactly: false), i < hi, field[i] == separator else { return .malformed }
        i += 1
        guard let b = number(maxDigits: 2, exactly: false), i < hi, field[i] == separator else { return .malformed }
        i += 1
        guard let year = number(maxDigits: 4, exactly: true) else { return .malformed }
        if i < hi {
            guard field[i] == 0x20 || field[i] == 0x54, let base = field.baseAddress,
                  validClockTime(base + i + 1, hi - i - 1) else { return .malformed }
        }
        let (d, m) = dayFirst ? (a, b) : (b, a)
        guard let index = civilIndex(year: year, month: m, day: d) else {
            return .impossible(year: year, month: m, day: d)
        }
        return .day(Day(index: index))
    }

    /// A time after a `D.M.YYYY` or `M/D/YYYY` date as spreadsheets and their CSV exports write it: the hour in one
    /// or two digits (`8:26`, `14:05`), minutes, optional seconds, then optionally ` AM`/` PM` (any case; the hour
    /// then 1–12). Only the calendar date is kept, so the time is checked, not read.
    static func validClockTime(_ t: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var end = n
        var twelveHour = false
        if n >= 3, t[n - 3] == 0x20, t[n - 1] | 0x20 == 0x6D, t[n - 2] | 0x20 == 0x61 || t[n - 2] | 0x20 == 0x70 {
            end = n - 3
            twelveHour = true
        }
        var hour = 0, digits = 0
        while digits < min(2, end), t[digits] &- 0x30 < 10 { hour = hour * 10 + Int(t[digits] &- 0x30); digits += 1 }
        guard digits > 0, twelveHour ? (1...12).contains(hour) : hour <= 24 else { return false }
        return validTimeAfterHour(t + digits, end - digits)
    }

    /// Seconds since the Unix epoch, `[-]digits[.digits]`, within years 0000–9999.
    private static func parseEpoch(_ field: UnsafeBufferPointer<UInt8>) -> ParseResult {
        var (i, hi) = trimmed(field)
        let negative = i < hi && field[i] == 0x2D
        if negative { i += 1 }
        var seconds = 0, digits = 0
        while i < hi, field[i] &- 0x30 < 10 {
            guard digits < 12 else { return .malformed }
            seconds = seconds * 10 + Int(field[i] &- 0x30); i += 1; digits += 1
        }
        guard digits > 0 else { return .malformed }
        var fraction = false
        if i < hi && field[i] == 0x2E {
            i += 1
            let first = i
            while i < hi, field[i] &- 0x30 < 10 { i += 1 }
            guard i > first else { return .malformed }
            fraction = i > first && field[first..<i].contains { $0 != 0x30 }
        }
        guard i == hi else { return .malformed }
        // A negative time with a fraction lies in the second before the whole one (-0.5 s is 1969-12-31).
        let whole = negative ? -seconds - (fraction ? 1 : 0) : seconds
        let day = whole >= 0 ? whole / 86_400 : -((-whole + 86_399) / 86_400)
        let first = Int(civilIndex(year: 0, month: 1, day: 1)!), last = Int(civilIndex(year: 9999, month: 12, day: 31)!)
        guard day >= first && day <= last else { return .malformed }
        return .day(Day(index: Int32(day)))
    }
}
