/// The values of activity channels (counts or amounts such as order value) as fixed-point integers: millionths,
/// in an Int64. Integer sums do not depend on the order rows are added in (SPEC section 1: no result may depend on
/// row order), which sums of Doubles would; six decimals hold any currency amount exactly.
///
/// Parsed from bytes without Foundation: `[+-]digits[mark digits]` (mark `.`, or `,` with `--decimal ,`), an
/// exponent through the standard library's `Double`; digits past the sixth decimal are rounded half away from zero.
public enum ActivityNumber {
    /// Units per 1.
    public static let scale: Int64 = 1_000_000
    /// The largest magnitude accepted: 10^12 (sums saturate at Int64's range, far above).
    static let limit: Int64 = 1_000_000_000_000
    static let expectation = "a number (at most 10^12 in magnitude)"

    /// What one field holds.
    enum Parsed: Equatable { case value(Int64), missing, invalid }

    /// `x` in fixed point, rounded to the nearest millionth.
    public static func fixed(_ x: Double) -> Int64 { Int64((x * Double(scale)).rounded()) }

    /// The fixed-point value `v` as a Double.
    @inline(__always) public static func double(_ v: Int64) -> Double { Double(v) / Double(scale) }

    /// Whether the fixed-point value `v` is a whole number.
    @inline(__always) public static func isWholeNumber(_ v: Int64) -> Bool { v % scale == 0 }

    /// Parses `b` (no surrounding spaces): a number, an empty field or missing-value token (`missing`: it adds
    /// nothing), or `invalid`.
    static func parse(_ b: UnsafeBufferPointer<UInt8>, mark: UInt8, missing tokens: MissingTokens) -> Parsed {
        if b.isEmpty || tokens.contains(b) { return .missing }
        var i = 0, negative = false
        if b[0] == 0x2D || b[0] == 0x2B { negative = b[0] == 0x2D; i = 1 }
        var whole: Int64 = 0, digits = 0
        while i < b.count, b[i] &- 0x30 < 10 {
            if digits == 13 { return .invalid }
            whole = whole &* 10 &+ Int64(b[i] &- 0x30); digits += 1; i += 1
        }
        var fraction: Int64 = 0, places = 0, roundUp = false
        if i < b.count && b[i] == mark {
            i += 1
            while i < b.count, b[i] &- 0x30 < 10 {
                if places < 6 { fraction = fraction * 10 + Int64(b[i] &- 0x30); places += 1 }
                else if places == 6 { roundUp = b[i] >= 0x35; places += 1 }
                digits += 1; i += 1
            }
        }
        if i < b.count && (b[i] == 0x65 || b[i] == 0x45) { return exponent(b, mark: mark) }
        guard i == b.count, digits > 0, whole <= limit else { return .invalid }
        var p = min(places, 6)
        while p < 6 { fraction *= 10; p += 1 }
        let v = whole * scale + fraction + (roundUp ? 1 : 0)
        return .value(negative ? -v : v)
    }

    /// A number with an exponent, through `Double` (rare in exports).
    private static func exponent(_ b: UnsafeBufferPointer<UInt8>, mark: UInt8) -> Parsed {
        let text = String(decoding: b.map { $0 == mark ? 0x2E : $0 }, as: UTF8.self)
        guard AttributeColumnReader.decimalSyntax(text, mark: 0x2E) != nil, let d = Double(text), d.isFinite,
              abs(d) <= Double(limit) else { return .invalid }
        return .value(fixed(d))
    }
}

/// The missing-value tokens of an export, looked up from bytes.
struct MissingTokens {
    private let tokens: [[UInt8]]

    init(_ texts: [String]) { tokens = texts.map { Array($0.utf8) }.filter { !$0.isEmpty } }

    func contains(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for t in tokens where t.count == b.count && t.elementsEqual(b) { return true }
        return false
    }
}
