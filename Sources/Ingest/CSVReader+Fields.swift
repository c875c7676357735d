/// Scanning one record: its fields' offsets and flags into the field arrays, its line and raw extent into a
/// `RecordSpan`, and the malformed-record errors (remembered for `skipMalformedRecord()`).
extension CSVReader {
    // MARK: - Parsing

    enum Step { case record(RecordSpan), blank, needMore }

    /// A parsed record's place: its fields are `firstField..<firstField + count` of the field arrays.
    struct RecordSpan {
        var firstField: Int, count: Int, line: Int, rawStart: Int, rawEnd: Int
    }

    static let comma: UInt8 = 0x2C, quote: UInt8 = 0x22, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D

    /// A malformed-record error found at buffer offset `p` (remembered for `skipMalformedRecord()`).
    private func error(at p: Int, line: Int, column: Int, expected: String, found: String) -> IngestError {
        failedAt = p
        return .invalidValue(SourceLocation(file: path, line: line, column: column), expected: expected, found: found)
    }

    private func growFields() {
        let n = fieldCapacity * 2
        let s = UnsafeMutablePointer<Int32>.allocate(capacity: n), e = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        let f = UnsafeMutablePointer<UInt8>.allocate(capacity: n)
        s.update(from: starts, count: fieldCount); e.update(from: ends, count: fieldCount)
        f.update(from: flags, count: fieldCount)
        starts.deallocate(); ends.deallocate(); flags.deallocate()
        starts = s; ends = e; flags = f
        fieldCapacity = n
    }

    /// Parses the record at `start`. Returns `.needMore` when the buffered bytes end inside it before the end of
    /// the file (the caller reads more and the record is parsed again from its start).
    func parseRecord() throws -> Step {
        let b = buffer
        let end = self.end
        let eof = atEOF
        let sep = separator
        var p = start
        // Field storage in locals: class properties would cost a dynamic exclusivity check per access.
        var fc = firstField
        var st = starts, en = ends, fl = flags, cap = fieldCapacity
        defer { fieldCount = fc }
        @inline(__always) func add(_ s: Int, _ e: Int, _ f: UInt8) {
            if fc == cap {
                fieldCount = fc
                growFields()
                st = starts; en = ends; fl = flags; cap = fieldCapacity
            }
            st[fc] = Int32(truncatingIfNeeded: s)
            en[fc] = Int32(truncatingIfNeeded: e)
            fl[fc] = f
            fc += 1
        }
        if let blank = blankLine(b, p, end, eof) { return blank }
        var newlines = 0
        var recordEnd = 0  // end of the record's bytes, before the line terminator
        var next = 0       // first byte after the line terminator
        fields: while true {
            let fieldStart = p
            if p < end && b[p] == Self.quote {
                p += 1
                guard let flag = try closingQuote(b, &p, end, eof, &newlines, column: fc - firstField + 1) else {
                    return .needMore
                }
                add(fieldStart + 1, p, flag)
                p += 1  // the closing quote
                switch Self.delimiter(b, p, end, eof, sep) {
                case .comma: p += 1; continue fields
                case .lineEnd(let after): recordEnd = p; next = after; break fields
                case .needMore: return .needMore
                case .none:
                    throw error(at: p, line: line + newlines, column: fc - firstField,
                                expected: sep == Self.comma ? "a comma or the end of the line after the closing quote"
                                    : "the separator \(ExportFormat.name(of: sep)) or the end of the line after the closing quote",
                                found: CSVText.quoted(bytes: UnsafeBufferPointer(start: b + p, count: 1)))
                }
            }
            // Unquoted field: bytes ≥ 0x2D (digits, letters, '-', '.', '/', UTF-8) are never special.
            while true {
                if p < end && b[p] >= 0x2D && b[p] != sep { p += 1; continue }
                switch Self.delimiter(b, p, end, eof, sep) {
                case .comma: add(fieldStart, p, 0); p += 1; continue fields
                case .lineEnd(let after): add(fieldStart, p, 0); recordEnd = p; next = after; break fields
                case .needMore: return .needMore
                case .none:
                    if b[p] == Self.quote {
                        throw error(at: p, line: line + newlines, column: fc - firstField + 1,
                                    expected: "a field without quotes, or one wholly in quotes (write \"\" for a quote)",
                                    found: "a quote inside an unquoted field")
                    } else if b[p] == 0 {
                        throw nulError(at: p, line + newlines, column: fc - firstField + 1)
                    }
                    p += 1
                }
            }
        }
        let record = RecordSpan(firstField: firstField, count: fc - firstField, line: line, rawStart: start,
                                rawEnd: recordEnd)
        line += newlines + (next > recordEnd && next <= end ? 1 : 0)
        start = next
        return .record(record)
    }

    /// A blank line at `p` (LF or CR LF; a lone CR at the end of the file) is passed over; `.needMore` when a CR
    /// ends the buffered bytes; `nil` when a record starts at `p`.
    @inline(__always)
    private func blankLine(_ b: UnsafeMutablePointer<UInt8>, _ p: Int, _ end: Int, _ eof: Bool) -> Step? {
        if b[p] == Self.lf { start = p + 1; line += 1; return .blank }
        guard b[p] == Self.cr else { return nil }
        if p + 1 < end {
            if b[p + 1] == Self.lf { start = p + 2; line += 1; return .blank }
            return nil
        }
        if !eof { return .needMore }
        start = p + 1; line += 1; return .blank
    }

    /// Scans a quoted field from `p` (just after its opening quote) to its closing quote, counting the line breaks
    /// in it into `newlines`; returns the field's flags (quoted, and escaped when it holds `""`), or `nil` when the
    /// buffered bytes end first before the end of the file.
    @inline(__always)
    private func closingQuote(_ b: UnsafeMutablePointer<UInt8>, _ p: inout Int, _ end: Int, _ eof: Bool,
                              _ newlines: inout Int, column: Int) throws -> UInt8? {
        let fieldStart = p - 1
        var flag = CSVRecord.quotedFlag
        let openLine = line + newlines
        while true {
            if p >= end {
                if !eof { return nil }
                throw error(at: fieldStart, line: openLine, column: column,
                            expected: "a closing quote for the field opened here", found: "the end of the file")
            }
            let c = b[p]
            if c == Self.quote {
                if p + 1 >= end && !eof { return nil }
                if p + 1 < end && b[p + 1] == Self.quote { flag |= CSVRecord.escapedFlag; p += 2; continue }
                return flag
            }
            if c == Self.lf { newlines += 1 } else if c == 0 { throw nulError(at: p, line + newlines, column: column) }
            p += 1
        }
    }

    /// What ends (or does not end) a field at `p`.
    enum Delimiter { case comma, lineEnd(next: Int), needMore, none }

    /// A comma, a line end (LF, CR LF, or a CR or nothing at the end of the file; `next` is the byte after it),
    /// `needMore` when the buffered bytes end before that is known, or `none` (any other byte, a lone CR included).
    @inline(__always)
    static func delimiter(_ b: UnsafeMutablePointer<UInt8>, _ p: Int, _ end: Int, _ eof: Bool,
                          _ separator: UInt8) -> Delimiter {
        guard p < end else { return eof ? .lineEnd(next: p) : .needMore }
        let c = b[p]
        if c == separator { return .comma }
        if c == lf { return .lineEnd(next: p + 1) }
        guard c == cr else { return .none }
        if p + 1 < end { return b[p + 1] == lf ? .lineEnd(next: p + 2) : .none }
        return eof ? .lineEnd(next: p + 1) : .needMore
    }


    private func nulError(at p: Int, _ line: Int, column: Int) -> IngestError {
        error(at: p, line: line, column: column, expected: "text", found: "a NUL byte (0x00)")
    }
}
