/// Dates in the other formats an export may use (`--date-format`, SPEC section 1): `DD.MM.YYYY`, `MM/DD/YYYY`
/// (day and month of one or two digits, optionally followed by a space and a time `hh:mm[:ss]`) and epoch seconds
/// (an integer, optionally with a fraction, taken at the UTC calendar date). And, for a date that does not parse,
/// a hint naming the `--date-format` that reads it.
extension Day {
    /// Parses `field` as `format` says; surrounding spaces are ignored.
    /// - Complexity: O(field length), no allocation.
    public static func parse(bytes field: UnsafeBufferPointer<UInt8>, format: DateFormat) -> ParseResult {
        switch format {
        case .iso: return parse(bytes: field)
        case .dayMonthYear: return parseNumeric(field, separator: 0x2E, dayFirst: true)
        case .monthDayYear: return parseNumeric(field, separator: 0x2F, dayFirst: false)
        case .epoch: return parseEpoch(field)
        }
    }

    /// What a date field of `format` must hold, for messages.
    public static func expectedFormat(_ format: DateFormat) -> String {
        switch format {
        case .iso: return expectedFormat
        case .dayMonthYear: return "a date DD.MM.YYYY such as 26.06.2025"
        case .monthDayYear: return "a date MM/DD/YYYY such as 06/26/2025"
        case .epoch: return "a date as epoch seconds such as 1750896000"
        }
    }

    /// What was wrong with `field` read as `format`: the expectation, and for a malformed date that another
    /// format reads, the option that reads it.
    static func expectation(for result: ParseResult, format: DateFormat, field: UnsafeBufferPointer<UInt8>) -> String {
        guard result == .malformed else { return expectation(for: result) }
        let expected = expectedFormat(format)
        for other in [DateFormat.iso, .dayMonthYear, .monthDayYear, .epoch] where other != format {
            if case .day = parse(bytes: field, format: other) {
                return expected + " (for dates like this one pass --date-format \(other.rawValue))"
            }
        }
        return expected
    }

    private static func trimmed(_ field: UnsafeBufferPointer<UInt8>) -> (lo: Int, hi: Int) {
        var lo = 0, hi = field.count
        while lo < hi && field[lo] == 0x20 { lo += 1 }
        while hi > lo && field[hi - 1] == 0x20 { hi -= 1 }
        return (lo, hi)
    }

    /// `D.M.YYYY` / `M/D/YYYY` with one- or two-digit day and month, then optionally ` hh:mm[:ss]`.
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
                  validTime(base + i + 1, hi - i - 1) else { return .malformed }
        }
        let (d, m) = dayFirst ? (a, b) : (b, a)
        guard let index = civilIndex(year: year, month: m, day: d) else {
            return .impossible(year: year, month: m, day: d)
        }
        return .day(Day(index: index))
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
