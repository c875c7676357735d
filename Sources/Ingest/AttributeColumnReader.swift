/// Decides whether a customer attribute column is numeric or text, and reads a numeric one (SPEC section 1,
/// "Missing values"): empty fields and the export's missing-value tokens (`NA`, `N/A`, `n/a`, `null`, `NULL`,
/// `NaN`, `-`, `?`, or `--na-values`) are missing in a column that is otherwise numeric, and levels in a text column
/// (the region code `NA` is North America). A column whose other values are mostly numbers — counting numbers
/// written with the other decimal mark, so that `99,16` never turns `monthly_fee` into text — is numeric, and any
/// value in it that is not a number nor a missing-value token is an error naming file, line, column and the value,
/// with the option that would read it. Never a silent switch to text.
struct AttributeColumnReader {
    let file: String
    let format: ExportFormat
    /// `format.naValues`, looked up for values no longer than the longest.
    private let tokens: Set<String>
    private let longestToken: Int
    /// Whether some token starts with byte b, bit b % 64 of word b / 64: most values (numbers, levels) start with
    /// no token's byte and skip the set's hashing.
    private let tokenFirstBytes: (UInt64, UInt64, UInt64, UInt64)

    init(file: String, format: ExportFormat) {
        self.file = file
        self.format = format
        tokens = Set(format.naValues)
        longestToken = format.naValues.map(\.utf8.count).max() ?? 0
        var bits: [UInt64] = [0, 0, 0, 0]
        for token in format.naValues { if let b = token.utf8.first { bits[Int(b) >> 6] |= 1 << UInt64(b & 63) } }
        tokenFirstBytes = (bits[0], bits[1], bits[2], bits[3])
    }

    /// Whether `text` (non-empty) may be a token: short enough, and starting with a token's first byte.
    @inline(__always)
    private func mayBeToken(_ text: String) -> Bool {
        guard text.utf8.count <= longestToken, let b = text.utf8.first else { return false }
        let word: UInt64
        switch b >> 6 {
        case 0: word = tokenFirstBytes.0
        case 1: word = tokenFirstBytes.1
        case 2: word = tokenFirstBytes.2
        default: word = tokenFirstBytes.3
        }
        return word & (1 << UInt64(b & 63)) != 0
    }

    /// A numeric column: its values (NaN where missing), how many are missing and the tokens that stood for them
    /// (`empty` for empty fields), in order of first appearance.
    struct Numeric: Equatable {
        var values: [Double]
        var missing: Int
        var tokens: [String]
    }

    /// What one value is.
    enum Kind: Equatable { case missing(String), number(Double), otherDecimalMark, other }

    /// The kind of one (trimmed) value.
    func kind(_ text: String) -> Kind {
        if text.isEmpty { return .missing("empty") }
        if mayBeToken(text) && tokens.contains(text) { return .missing(text) }
        if let d = Self.number(text, decimalComma: format.decimalComma) { return .number(d) }
        if Self.number(text, decimalComma: !format.decimalComma) != nil { return .otherDecimalMark }
        return .other
    }

    /// The column read as numbers, or `nil` when it is a text column. `lines` gives each value's line and `field`
    /// the column's 0-based position, for the error.
    func read(_ values: [String], name: String, field: Int, lines: [Int]) throws -> Numeric? {
        // One pass: the values as numbers while counting kinds; the first value that is neither a number nor a
        // token is the error, once the column has turned out numeric.
        var out = Numeric(values: [], missing: 0, tokens: [])
        out.values.reserveCapacity(values.count)
        var numeric = 0, other = 0
        var firstBad: (index: Int, kind: Kind)?
        for (i, v) in values.enumerated() {
            let k = kind(Self.padded(v) ? CSVHeader.trimmed(v) : v)
            switch k {
            case .number(let d):
                numeric += 1
                out.values.append(d)
            case .otherDecimalMark:
                numeric += 1
                if firstBad == nil { firstBad = (i, k) }
            case .other:
                other += 1
                if other >= numeric + values.count - i { return nil }  // numbers can no longer be the most
                if firstBad == nil { firstBad = (i, k) }
            case .missing(let token):
                out.values.append(.nan)
                out.missing += 1
                if !out.tokens.contains(token) { out.tokens.append(token) }
            }
        }
        guard numeric > 0, numeric > other else { return nil }
        if let (i, k) = firstBad {
            throw IngestError.invalidValue(SourceLocation(file: file, line: lines[i], column: field + 1,
                                                          columnName: name),
                                           expected: expectation(k), found: CSVText.quoted(values[i]))
        }
        return out
    }

    /// Whether `v` starts or ends with a space or tab (most values do not, and are used as they are).
    @inline(__always)
    static func padded(_ v: String) -> Bool {
        guard let first = v.utf8.first, let last = v.utf8.last else { return false }
        return first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
    }

    /// What a value of a numeric column must be, with the option that reads what was found.
    private func expectation(_ kind: Kind) -> String {
        if kind == .otherDecimalMark {
            return format.decimalComma ? "a number with a decimal comma (as --decimal , says)"
                                       : "a number with a decimal point (for decimal commas pass --decimal ,)"
        }
        return "a number like the column's other values, or a missing value ("
            + format.naValues.joined(separator: ", ") + "; set them with --na-values)"
    }

    /// The note for standard error: `customers.csv: seats: 61 missing values (n/a, NULL)`.
    func note(_ column: Numeric, name: String) -> String? {
        guard column.missing > 0 else { return nil }
        return "\(file): \(name): \(column.missing) missing value\(column.missing == 1 ? "" : "s") ("
            + column.tokens.joined(separator: ", ") + ")"
    }

    /// `text` as a finite number written with a decimal comma (no point allowed) or point (no comma allowed).
    static func number(_ text: String, decimalComma: Bool) -> Double? {
        guard let hasMark = decimalSyntax(text, mark: decimalComma ? 0x2C : 0x2E) else { return nil }
        let d = decimalComma && hasMark ? Double(String(text.map { $0 == "," ? "." : $0 })) : Double(text)
        guard let d, d.isFinite else { return nil }
        return d
    }

    /// Whether `text` is `[+-]digits[mark digits][e[+-]digits]` (or `mark digits`), and then whether it holds the
    /// mark; `nil` when it is not. Checked on the bytes, so a text column costs one failed scan per value; rules
    /// out `nan`, `inf` and hexadecimal that `Double` would accept.
    static func decimalSyntax(_ text: String, mark: UInt8) -> Bool? {
        var t = text
        return t.withUTF8 { b -> Bool? in
            var i = 0
            func digits() -> Int { let start = i; while i < b.count, b[i] &- 0x30 < 10 { i += 1 }; return i - start }
            if i < b.count && (b[i] == 0x2B || b[i] == 0x2D) { i += 1 }
            var mantissa = digits(), hasMark = false
            if i < b.count && b[i] == mark { i += 1; hasMark = true; mantissa += digits() }
            guard mantissa > 0 else { return nil }
            if i < b.count && (b[i] == 0x65 || b[i] == 0x45) {
                i += 1
                if i < b.count && (b[i] == 0x2B || b[i] == 0x2D) { i += 1 }
                guard digits() > 0 else { return nil }
            }
            return i == b.count ? hasMark : nil
        }
    }
}
