/// Parsing a decimal integer straight from a field's bytes, telling apart the ways it can fail so that the message
/// says what was found (an empty field, a fraction, a number too large).
enum IntegerField {
    enum Result: Equatable {
        case value(Int64)
        case empty
        /// A number with a fractional part or exponent, such as `7.5` or `1e3`.
        case notWhole
        /// More than 18 digits.
        case tooLarge
        case malformed
    }

    /// The value of the digits from `p` on (up to the first other byte or `end`; it wraps past 18 digits), `p`
    /// moved past them. The fast path of `parse`, and how `PlainEngagementLines` reads its counts.
    @inline(__always)
    static func digits(_ b: UnsafePointer<UInt8>, _ p: inout Int, _ end: Int) -> Int64 {
        var v: Int64 = 0
        while p < end {
            let d = b[p] &- 0x30
            if d >= 10 { break }
            v = v &* 10 &+ Int64(d)
            p += 1
        }
        return v
    }

    /// Parses `[+-]digits`, with surrounding spaces and a fraction of zeros (`7.0`) allowed.
    /// - Complexity: O(field length), no allocation.
    @inline(__always)
    static func parse(_ field: UnsafeBufferPointer<UInt8>) -> Result {
        guard let base = field.baseAddress, field.count > 0 else { return .empty }
        var i = 0, n = field.count
        // Fast path: plain digits, at most 9 of them.
        if n <= 9 {
            var end = 0
            let v = digits(base, &end, n)
            if end == n { return .value(v) }
        }
        while i < n && base[i] == 0x20 { i += 1 }
        while n > i && base[n - 1] == 0x20 { n -= 1 }
        if i == n { return .empty }
        var negative = false
        if base[i] == 0x2D || base[i] == 0x2B { negative = base[i] == 0x2D; i += 1 }
        let first = i
        var v: Int64 = 0
        while i < n, base[i] &- 0x30 < 10 {
            if i - first >= 18 { return .tooLarge }
            v = v * 10 + Int64(base[i] &- 0x30)
            i += 1
        }
        if i == n { return i == first ? .malformed : .value(negative ? -v : v) }
        // A fraction or exponent: `7.0` (zeros only, as pandas writes integers in a column with gaps) is whole;
        // `7.5`, `.5`, `1e3` are numbers that are not integers; anything else is malformed.
        var j = i
        var onlyZeros = true
        var fractionDigits = 0
        if base[j] == 0x2E {
            j += 1
            while j < n, base[j] &- 0x30 < 10 { if base[j] != 0x30 { onlyZeros = false }; j += 1; fractionDigits += 1 }
        }
        var exponent = false
        if j < n && (base[j] == 0x65 || base[j] == 0x45) {
            exponent = true
            j += 1
            if j < n && (base[j] == 0x2B || base[j] == 0x2D) { j += 1 }
            let e = j
            while j < n, base[j] &- 0x30 < 10 { j += 1 }
            if j == e { return .malformed }
        }
        guard j == n, i - first + fractionDigits > 0 else { return .malformed }
        if onlyZeros && !exponent && i > first { return .value(negative ? -v : v) }
        return .notWhole
    }
}
