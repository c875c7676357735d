/// One record of a CSV file as a view into the reader's buffer: valid only until the reader's next call.
///
/// Field bytes are given without their surrounding quotes; a quoted field that holds doubled quotes (`""`) is
/// unescaped only by `string(_:)`, `text(_:)` and `unescapedBytes(_:)`, so numbers, dates and ids are parsed
/// straight from the buffer without creating a `String`.
public struct CSVRecord {
    let base: UnsafePointer<UInt8>
    let starts: UnsafePointer<Int32>
    let ends: UnsafePointer<Int32>
    let flags: UnsafePointer<UInt8>
    /// Number of fields.
    public let count: Int
    /// The physical line (1-based) on which the record starts.
    public let line: Int
    let rawStart: Int
    let rawEnd: Int

    static let quotedFlag: UInt8 = 1
    static let escapedFlag: UInt8 = 2

    /// The bytes of field `i` (0-based) without surrounding quotes; doubled quotes are left as they are.
    @inline(__always)
    public func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(i >= 0 && i < count, "field index out of range")
        let s = Int(starts[i])
        return UnsafeBufferPointer(start: base + s, count: Int(ends[i]) - s)
    }

    /// True when field `i` was written in quotes.
    public func isQuoted(_ i: Int) -> Bool { flags[i] & Self.quotedFlag != 0 }

    /// True when field `i` holds doubled quotes, so that `bytes(i)` differs from its value.
    @inline(__always)
    public func hasEscapedQuotes(_ i: Int) -> Bool { flags[i] & Self.escapedFlag != 0 }

    /// True when field `i` is empty.
    @inline(__always)
    public func isEmpty(_ i: Int) -> Bool { starts[i] == ends[i] }

    /// The value of field `i` with doubled quotes made single.
    public func unescapedBytes(_ i: Int) -> [UInt8] {
        let b = bytes(i)
        guard hasEscapedQuotes(i) else { return Array(b) }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var j = 0
        while j < b.count {
            out.append(b[j])
            j += b[j] == 0x22 ? 2 : 1
        }
        return out
    }

    /// The text of field `i`; `nil` when it is not valid UTF-8.
    public func string(_ i: Int) -> String? {
        if hasEscapedQuotes(i) { return unescapedBytes(i).withUnsafeBufferPointer { Bytes.string($0) } }
        return Bytes.string(bytes(i))
    }

    /// Field `i` as shown in a message: quoted, escaped and cut (see `CSVText`).
    public func text(_ i: Int) -> String {
        unescapedBytes(i).withUnsafeBufferPointer { CSVText.quoted(bytes: $0) }
    }

    /// The record's bytes as written in the file (quotes included, line terminator excluded).
    public var rawBytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base + rawStart, count: rawEnd - rawStart) }

    /// The record as written, decoded leniently (invalid UTF-8 becomes U+FFFD): the `raw_row` of a rejects file.
    public var raw: String { String(decoding: rawBytes, as: UTF8.self) }

    /// All fields as text; `nil` at the first field that is not UTF-8 (its index in `badField`).
    func strings(badField: inout Int) -> [String]? {
        var out: [String] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            guard let s = string(i) else { badField = i; return nil }
            out.append(s)
        }
        return out
    }
}
