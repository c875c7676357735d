import Ingest

/// CSV bytes built directly (no per-field `String`), counting records and physical lines as they are written so
/// that a planted bad row's line number is known without rescanning.
struct ExportBuffer {
    var bytes: [UInt8] = []
    /// Number of '\n' bytes written (including those inside quoted comments).
    var newlines = 0
    /// Number of records ended with `endRecord()`.
    var records = 0
    let crlf: Bool

    init(crlf: Bool, capacity: Int = 0) {
        self.crlf = crlf
        bytes.reserveCapacity(capacity)
    }

    @inline(__always) mutating func byte(_ b: UInt8) { bytes.append(b) }
    @inline(__always) mutating func comma() { bytes.append(UInt8(ascii: ",")) }
    @inline(__always) mutating func append(_ b: [UInt8]) { bytes.append(contentsOf: b) }

    /// Text that contains no newline.
    mutating func ascii(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A decimal integer.
    @inline(__always)
    mutating func int(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            int(-value)
            return
        }
        if value < 10 { bytes.append(48 + UInt8(value)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        var v = value
        withUnsafeMutableBytes(of: &digits) { d in
            while v > 0 { d[n] = 48 + UInt8(v % 10); v /= 10; n += 1 }
            for i in stride(from: n - 1, through: 0, by: -1) { bytes.append(d[i]) }
        }
    }

    /// `value` zero-padded to two digits.
    @inline(__always)
    mutating func twoDigits(_ value: Int) {
        bytes.append(48 + UInt8(value / 10))
        bytes.append(48 + UInt8(value % 10))
    }

    /// An amount in cents as `units.cc`.
    mutating func cents(_ value: Int) {
        int(value / 100)
        bytes.append(UInt8(ascii: "."))
        twoDigits(value % 100)
    }

    /// Bytes that may contain '\n' (a quoted comment), counting the newlines.
    mutating func text(_ b: [UInt8], newlines n: Int) {
        bytes.append(contentsOf: b)
        newlines += n
    }

    /// Ends a record with "\n" or "\r\n".
    @inline(__always)
    mutating func endRecord() {
        if crlf { bytes.append(13) }
        bytes.append(10)
        newlines += 1
        records += 1
    }
}

/// `YYYY-MM-DD` for every day of a range, so that writing a date is a 10-byte copy.
struct DayTextTable {
    let first: Day
    let table: [UInt8]

    init(first: Day, last: Day) {
        self.first = first
        var t: [UInt8] = []
        t.reserveCapacity((last.days(since: first) + 1) * 10)
        var d = first
        while d <= last {
            t.append(contentsOf: Array(d.description.utf8))
            d = d.adding(days: 1)
        }
        table = t
    }

    @inline(__always)
    func write(_ day: Day, to buffer: inout ExportBuffer) {
        let offset = day.days(since: first) * 10
        if offset >= 0 && offset + 10 <= table.count {
            buffer.bytes.append(contentsOf: table[offset..<offset + 10])
        } else {
            buffer.bytes.append(contentsOf: Array(day.description.utf8))
        }
    }
}
