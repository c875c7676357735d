/// Typed values from a record's fields, parsed from bytes, with an `IngestError.invalidValue` naming file, line,
/// column, what was expected and what was found when a value does not fit.
struct FieldParser {
    let file: String
    let columns: ResolvedColumns
    /// How the export writes its dates.
    var dateFormat: DateFormat = .iso

    static let scoreExpectation = "an integer 0–10"
    /// After text that is not UTF-8: the option that reads the usual other encodings.
    static let encodingHint = " (for a Latin-1 or Windows file pass --encoding latin1 or windows-1252)"
    static let countExpectation = "a non-negative integer of at most 2147483647"

    /// The date in field `j` (see `Day.parse(bytes:)`); `name` is the column's name for messages.
    @inline(__always)
    func day(_ r: CSVRecord, _ j: Int, _ name: String) throws -> Day {
        let result = dateFormat == .iso ? Day.parse(bytes: r.bytes(j)) : Day.parse(bytes: r.bytes(j), format: dateFormat)
        if case .day(let d) = result { return d }
        throw invalid(r, j, name, expected: Day.expectation(for: result, format: dateFormat, field: r.bytes(j)))
    }

    /// The field's date, or `nil` when it is empty.
    func optionalDay(_ r: CSVRecord, _ j: Int, _ name: String) throws -> Day? {
        if Self.isBlank(r.bytes(j)) { return nil }
        return try day(r, j, name)
    }

    /// An NPS score, 0–10.
    @inline(__always)
    func score(_ r: CSVRecord, _ j: Int, _ name: String) throws -> Int8 {
        if case .value(let v) = IntegerField.parse(r.bytes(j)), v >= 0, v <= 10 { return Int8(v) }
        throw invalid(r, j, name, expected: Self.scoreExpectation)
    }

    /// A count: a non-negative integer that fits in Int32.
    @inline(__always)
    func count(_ r: CSVRecord, _ j: Int, _ name: String) throws -> Int32 {
        if case .value(let v) = IntegerField.parse(r.bytes(j)), v >= 0, v <= Int64(Int32.max) { return Int32(v) }
        throw invalid(r, j, name, expected: Self.countExpectation)
    }

    /// The customer index of the id in field `j`.
    @inline(__always)
    func customer(_ r: CSVRecord, _ j: Int, _ index: CustomerIndex) throws -> Int32 {
        if !r.hasEscapedQuotes(j), let c = index.index(of: r.bytes(j)) { return c }
        if r.hasEscapedQuotes(j), let c = r.unescapedBytes(j).withUnsafeBufferPointer({ index.index(of: $0) }) {
            return c
        }
        throw unknownCustomer(r, j)
    }

    /// The field's text, which must be UTF-8 (and non-empty when `required`).
    func text(_ r: CSVRecord, _ j: Int, _ name: String, required: Bool = false) throws -> String {
        guard let s = r.string(j) else {
            throw IngestError.invalidValue(location(r, j, name), expected: "UTF-8 text", found: Self.found(r, j) + Self.encodingHint)
        }
        if required && s.isEmpty { throw invalid(r, j, name, expected: "a non-empty \(name)") }
        return s
    }

    /// The record must have as many fields as the header.
    @inline(__always)
    func checkFieldCount(_ r: CSVRecord) throws {
        if r.count != columns.fieldCount {
            throw IngestError.wrongFieldCount(file: file, line: r.line, expected: columns.fieldCount, found: r.count)
        }
    }

    func location(_ r: CSVRecord, _ j: Int, _ name: String) -> SourceLocation {
        SourceLocation(file: file, line: r.line, column: j + 1, columnName: name)
    }

    @inline(never)
    func invalid(_ r: CSVRecord, _ j: Int, _ name: String, expected: String) -> IngestError {
        .invalidValue(location(r, j, name), expected: expected, found: Self.found(r, j))
    }

    @inline(never)
    private func unknownCustomer(_ r: CSVRecord, _ j: Int) -> IngestError {
        if Self.isBlank(r.bytes(j)) { return invalid(r, j, "customer_id", expected: "a customer_id") }
        return .unknownCustomer(location(r, j, "customer_id"), id: String(decoding: r.unescapedBytes(j), as: UTF8.self))
    }

    /// How a field's value is shown: `an empty field`, or the value in quotes.
    static func found(_ r: CSVRecord, _ j: Int) -> String {
        r.isEmpty(j) ? "an empty field" : r.text(j)
    }

    static func isBlank(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in b where c != 0x20 { return false }
        return true
    }
}
