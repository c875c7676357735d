/// Builds RFC 4180 CSV text into a buffer that is flushed to a `FileSink` (inside `AtomicFile.write(to:_:)`):
/// a field holding a comma, a quote, CR or LF is quoted with its quotes doubled; lines end with LF.
///
///     try AtomicFile.write(to: path) { sink in
///         var csv = CSVWriter()
///         csv.field("customer_id"); csv.field("score"); csv.endLine()
///         csv.field("C1"); csv.field(7.5); csv.endLine()
///         try csv.flush(to: &sink)
///     }
public struct CSVWriter {
    /// The text not yet flushed.
    public private(set) var buffer: [UInt8] = []
    private var atLineStart = true

    public init() { buffer.reserveCapacity(1 << 17) }

    /// Appends a text field, quoted when it must be.
    public mutating func field(_ text: String) {
        separate()
        var needsQuotes = false
        for b in text.utf8 where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D { needsQuotes = true; break }
        if !needsQuotes { buffer.append(contentsOf: text.utf8); return }
        buffer.append(0x22)
        for b in text.utf8 {
            if b == 0x22 { buffer.append(0x22) }
            buffer.append(b)
        }
        buffer.append(0x22)
    }

    /// Appends one text field made of `parts` joined by `separator` — the same bytes as
    /// `field(parts.joined(separator: separator))`, without building the joined string: the bytes are appended in
    /// one pass over the parts, then quoted in place when they hold a comma, quote, CR or LF.
    public mutating func field(joining parts: [String], separator: String) {
        separate()
        let start = buffer.count
        for (i, part) in parts.enumerated() {
            if i > 0 { buffer.append(contentsOf: separator.utf8) }
            buffer.append(contentsOf: part.utf8)
        }
        var quotes = 0, special = false
        for b in buffer[start...] where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
            special = true
            if b == 0x22 { quotes += 1 }
        }
        guard special else { return }
        if quotes == 0 {
            buffer.insert(0x22, at: start)
        } else {
            let text = Array(buffer[start...])
            buffer.removeSubrange(start...)
            buffer.append(0x22)
            for b in text {
                if b == 0x22 { buffer.append(0x22) }
                buffer.append(b)
            }
        }
        buffer.append(0x22)
    }

    /// Appends an integer field.
    public mutating func field(_ value: Int) {
        separate()
        appendDigits(value)
    }

    /// Appends a number: whole numbers without a decimal point ("3", not "3.0"), others in the shortest form that
    /// reads back to the same Double; NaN and infinities as an empty field.
    public mutating func field(_ value: Double) {
        separate()
        guard value.isFinite else { return }
        if value == value.rounded(), abs(value) < 9.0e15 {
            appendDigits(Int(value))
        } else {
            buffer.append(contentsOf: value.description.utf8)
        }
    }

    /// Appends an empty field.
    public mutating func emptyField() { separate() }

    /// Ends the current line.
    public mutating func endLine() {
        buffer.append(0x0A)
        atLineStart = true
    }

    /// Writes the buffered text to `sink` and empties the buffer.
    public mutating func flush(to sink: inout FileSink) throws {
        try sink.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes only when at least 64 KiB are buffered; call after each line when writing many.
    public mutating func flushIfLarge(to sink: inout FileSink) throws {
        if buffer.count >= 1 << 16 { try flush(to: &sink) }
    }

    private mutating func separate() {
        if !atLineStart { buffer.append(0x2C) }
        atLineStart = false
    }

    private mutating func appendDigits(_ value: Int) {
        if value < 0 { buffer.append(0x2D) }
        var v = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[n] = UInt8(v % 10) + 0x30
                v /= 10
                n += 1
            } while v > 0
            for i in stride(from: n - 1, through: 0, by: -1) { buffer.append(d[i]) }
        }
    }
}
