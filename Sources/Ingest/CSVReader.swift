#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Support

/// An RFC 4180 CSV reader over raw bytes that streams a file in chunks, so memory stays at about one chunk
/// (it grows only to hold a single record longer than a chunk).
///
/// Accepts quoted fields holding commas, doubled quotes and line breaks; LF or CRLF line ends; a UTF-8 byte-order
/// mark; a last line with or without a line break. Blank lines are skipped (they still count as lines). Each record
/// knows the physical line it starts on. Malformed input — an unterminated quote, a quote inside an unquoted field,
/// text after a closing quote, a NUL byte — throws `IngestError.invalidValue` naming file, line and column.
///
///     let reader = try CSVReader(path: "engagement.csv")
///     while let record = try reader.next() { let id = record.bytes(0); ... }
///
/// - Complexity: O(file bytes), one pass; O(chunk + longest record) memory.
public final class CSVReader {
    /// The file as named in messages.
    public let path: String
    private let fd: Int32
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The first byte not yet handed out as a record, and the end of the bytes read.
    private var start = 0
    private var end = 0
    private var atEOF = false
    /// The next byte to read from the file and the end of the part to read.
    private var fileOffset: Int
    private let fileEnd: Int
    /// The physical line of the next record.
    private var line: Int
    private var checkedBOM: Bool
    /// Buffer offset of the last malformed-record error, until `skipMalformedRecord()`.
    private var failedAt: Int?

    private var starts: UnsafeMutablePointer<Int32>
    private var ends: UnsafeMutablePointer<Int32>
    private var flags: UnsafeMutablePointer<UInt8>
    private var fieldCapacity = 64
    private var fieldCount = 0
    /// Where the fields of the record being parsed start (0 except inside a batch).
    private var firstField = 0

    /// A file offset at which reading ends as if the file ended there, checked at the start of each record (set
    /// at a record boundary by the parallel engagement scan; the record starting there is not read).
    var stopOffset: Int?

    /// The physical line of the next record.
    var nextLine: Int { line }

    /// The file offset of the next record (after what has been consumed).
    var offset: Int { fileOffset - (end - start) }

    /// Bytes consumed so far (records handed out and blank lines), for throughput figures.
    public var bytesConsumed: Int { fileOffset - (end - start) - byteRangeStart }
    private let byteRangeStart: Int

    /// Opens `path`. Throws `FileError.missing` when it does not exist and `FileError.unreadable` when it cannot be
    /// read or is a folder.
    public convenience init(path: String, chunkSize: Int = 1 << 20) throws {
        try self.init(path: path, byteRange: nil, firstLine: 1, chunkSize: chunkSize)
    }

    /// Reads only `byteRange` of the file (which must start at a record boundary), numbering lines from `firstLine`;
    /// a byte-order mark is looked for only at offset 0.
    init(path: String, byteRange: Range<Int>?, firstLine: Int, chunkSize: Int = 1 << 20) throws {
        precondition(chunkSize >= 16, "chunk too small")
        self.path = path
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw FileError.missing(path: path) }
            throw FileError.unreadable(path: path, reason: String(cString: strerror(code)))
        }
        var st = stat()
        if fstat(fd, &st) != 0 || (st.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw FileError.unreadable(path: path, reason: "it is a folder, not a file")
        }
        self.fd = fd
        fileOffset = byteRange?.lowerBound ?? 0
        byteRangeStart = fileOffset
        fileEnd = byteRange?.upperBound ?? Int.max
        checkedBOM = fileOffset != 0
        line = firstLine
        capacity = chunkSize
        buffer = .allocate(capacity: chunkSize)
        starts = .allocate(capacity: fieldCapacity)
        ends = .allocate(capacity: fieldCapacity)
        flags = .allocate(capacity: fieldCapacity)
    }

    deinit {
        close(fd)
        buffer.deallocate()
        starts.deallocate()
        ends.deallocate()
        flags.deallocate()
    }

    /// The size of the file in bytes.
    public func fileSize() -> Int {
        var st = stat()
        return fstat(fd, &st) == 0 ? Int(st.st_size) : 0
    }

    /// The next record, or `nil` at the end of the file. The record is valid until the next call.
    public func next() throws -> CSVRecord? {
        while true {
            if let stop = stopOffset, fileOffset - (end - start) >= stop { return nil }
            if start == end {
                if atEOF { return nil }
                try fill()
                continue
            }
            firstField = 0
            switch try parseRecord() {
            case .record(let span): return record(span)
            case .blank: continue
            case .needMore: try fill()
            }
        }
    }

    /// Reads up to `limit` records into `records` (emptied first), all valid at once until the next call, so
    /// that a consumer can look ahead (e.g. start the memory loads of a batch of lookups together). Returns false
    /// at the end of the file. A malformed record ends a batch before it and is thrown by the next call.
    public func nextBatch(limit: Int, into records: inout [CSVRecord]) throws -> Bool {
        records.removeAll(keepingCapacity: true)
        var spans = self.spans  // a local: a class property would cost an exclusivity check per record
        self.spans = []
        spans.removeAll(keepingCapacity: true)
        defer { self.spans = spans }
        firstField = 0
        batch: while spans.count < limit {
            if let stop = stopOffset, fileOffset - (end - start) >= stop { break }
            if start == end {
                if atEOF || !spans.isEmpty { break }
                try fill()
                continue
            }
            let step: Step
            do {
                step = try parseRecord()
            } catch let error as IngestError {
                if spans.isEmpty { throw error }
                break
            }
            switch step {
            case .record(let span): spans.append(span); firstField = fieldCount
            case .blank: continue
            case .needMore: if spans.isEmpty { try fill() } else { break batch }
            }
        }
        for span in spans { records.append(record(span)) }
        return !records.isEmpty
    }

    private var spans: [RecordSpan] = []

    private func record(_ span: RecordSpan) -> CSVRecord {
        CSVRecord(base: UnsafePointer(buffer), starts: starts + span.firstField, ends: ends + span.firstField,
                  flags: flags + span.firstField, count: span.count, line: span.line, rawStart: span.rawStart,
                  rawEnd: span.rawEnd)
    }

    /// Calls `body` with every record in turn.
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        while let r = try next() { try body(r) }
    }

    /// After `next()` threw a malformed-record error: skips from the record's start through the end of the
    /// physical line holding the error, and returns that text, so that reading can go on with the next line
    /// (bad-row skipping). Returns the line the record started on and its raw text (line breaks included).
    public func skipMalformedRecord() throws -> (line: Int, raw: String) {
        guard var p = failedAt else { preconditionFailure("no malformed record to skip") }
        failedAt = nil
        while true {
            while p < end && buffer[p] != Self.lf { p += 1 }
            if p < end || atEOF { break }
            let shift = start
            try fill()
            p -= shift
        }
        let stop = p < end ? p + 1 : end
        var rawEnd = p
        if rawEnd > start && rawEnd < end && buffer[rawEnd - 1] == Self.cr { rawEnd -= 1 }
        let raw = String(decoding: UnsafeBufferPointer(start: buffer + start, count: rawEnd - start), as: UTF8.self)
        let first = line
        for i in start..<stop where buffer[i] == Self.lf { line += 1 }
        start = stop
        return (first, raw)
    }

    // MARK: - Whole lines straight from the buffer, for a caller's fused fast path

    /// Lets `body` consume plain records straight from the read buffer, skipping the general record parser: `body`
    /// gets the buffered bytes from the next record on and `limit`, the offset (in those bytes) at or after which no
    /// record may start (`stopOffset`), and returns how many records it consumed and their bytes. It must consume
    /// only whole records that each take one line ending in LF (or CR LF), with no quote in them — records that the
    /// general parser would read the same way; the lines are counted here. Returns the records consumed (0 when
    /// nothing is buffered: `next()` then reads on).
    func consumePlainLines(_ body: (UnsafeBufferPointer<UInt8>, _ limit: Int) throws -> (records: Int, bytes: Int))
        rethrows -> Int {
        guard checkedBOM, failedAt == nil, start < end else { return 0 }
        var limit = end - start
        if let stop = stopOffset { limit = min(limit, stop - (fileOffset - (end - start))) }
        guard limit > 0 else { return 0 }
        let (records, bytes) = try body(UnsafeBufferPointer(start: buffer + start, count: end - start), limit)
        precondition(bytes >= 0 && bytes <= end - start, "consumed more than was buffered")
        start += bytes
        line += records
        return records
    }

    // MARK: - Raw bytes (no CSV parsing), for splitting a file between threads

    /// The number of bytes equal to `byte` from the current position to the end of the range.
    func countByte(_ byte: UInt8) throws -> Int {
        var n = 0
        while true {
            var p = UnsafeRawPointer(buffer + start)
            let stop = UnsafeRawPointer(buffer + end)
            while p < stop, let hit = memchr(p, Int32(byte), stop - p) {
                n += 1
                p = UnsafeRawPointer(hit) + 1
            }
            start = end
            if atEOF { return n }
            try fill()
        }
    }

    /// The offset (from the start of the range) just after the first byte for which `isEnd` is true, or `nil`.
    /// `isEnd` sees every byte in order.
    func offsetAfterLineFeed(where isEnd: (UInt8) -> Bool) throws -> Int? {
        var scanned = 0
        while true {
            for i in start..<end where isEnd(buffer[i]) { return scanned + (i - start) + 1 }
            scanned += end - start
            start = end
            if atEOF { return nil }
            try fill()
        }
    }

    // MARK: - Reading

    /// Moves the unparsed bytes to the front (growing the buffer when they fill it) and reads more.
    private func fill() throws {
        if start > 0 {
            if end > start { memmove(buffer, buffer + start, end - start) }
            end -= start
            start = 0
        }
        if end == capacity {
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            bigger.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = bigger
            capacity *= 2
            guard capacity < Int(Int32.max) else {
                throw IngestError.invalidValue(SourceLocation(file: path, line: line, column: 1),
                                               expected: "records shorter than 1 GiB", found: "a longer record")
            }
        }
        let want = min(capacity - end, fileEnd - fileOffset)
        var n = 0
        if want > 0 {
            repeat { n = pread(fd, buffer + end, want, off_t(fileOffset)) } while n < 0 && errno == EINTR
            if n < 0 { throw FileError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        }
        if n == 0 { atEOF = true }
        fileOffset += n
        end += n
        if !checkedBOM && (end >= 3 || atEOF) {
            checkedBOM = true
            if end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { start = 3 }
        }
    }

    // MARK: - Parsing

    private enum Step { case record(RecordSpan), blank, needMore }

    /// A parsed record's place: its fields are `firstField..<firstField + count` of the field arrays.
    private struct RecordSpan {
        var firstField: Int, count: Int, line: Int, rawStart: Int, rawEnd: Int
    }

    private static let comma: UInt8 = 0x2C, quote: UInt8 = 0x22, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D

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
    private func parseRecord() throws -> Step {
        let b = buffer
        let end = self.end
        let eof = atEOF
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
        // Blank line.
        if b[p] == Self.lf { start = p + 1; line += 1; return .blank }
        if b[p] == Self.cr {
            if p + 1 < end {
                if b[p + 1] == Self.lf { start = p + 2; line += 1; return .blank }
            } else if !eof {
                return .needMore
            } else {
                start = p + 1; line += 1; return .blank
            }
        }
        var newlines = 0
        var recordEnd = 0  // end of the record's bytes, before the line terminator
        var next = 0       // first byte after the line terminator
        fields: while true {
            let fieldStart = p
            if p < end && b[p] == Self.quote {
                p += 1
                var flag = CSVRecord.quotedFlag
                let openLine = line + newlines
                while true {
                    if p >= end {
                        if !eof { return .needMore }
                        throw error(at: fieldStart, line: openLine, column: fc - firstField + 1,
                                    expected: "a closing quote for the field opened here",
                                    found: "the end of the file")
                    }
                    let c = b[p]
                    if c == Self.quote {
                        if p + 1 >= end && !eof { return .needMore }
                        if p + 1 < end && b[p + 1] == Self.quote { flag |= CSVRecord.escapedFlag; p += 2; continue }
                        break
                    }
                    if c == Self.lf { newlines += 1 } else if c == 0 { throw nulError(at: p, line + newlines, column: fc - firstField + 1) }
                    p += 1
                }
                add(fieldStart + 1, p, flag)
                p += 1  // the closing quote
                if p >= end {
                    if !eof { return .needMore }
                    recordEnd = p; next = p
                    break fields
                }
                let c = b[p]
                if c == Self.comma { p += 1; continue fields }
                if c == Self.lf { recordEnd = p; next = p + 1; break fields }
                if c == Self.cr {
                    if p + 1 < end && b[p + 1] == Self.lf { recordEnd = p; next = p + 2; break fields }
                    if p + 1 >= end {
                        if !eof { return .needMore }
                        recordEnd = p; next = p + 1; break fields
                    }
                }
                throw error(at: p, line: line + newlines, column: fc - firstField,
                            expected: "a comma or the end of the line after the closing quote",
                            found: CSVText.quoted(bytes: UnsafeBufferPointer(start: b + p, count: 1)))
            }
            // Unquoted field: bytes ≥ 0x2D (digits, letters, '-', '.', '/', UTF-8) are never special.
            while true {
                if p >= end {
                    if !eof { return .needMore }
                    add(fieldStart, p, 0)
                    recordEnd = p; next = p
                    break fields
                }
                let c = b[p]
                if c >= 0x2D { p += 1; continue }
                if c == Self.comma { add(fieldStart, p, 0); p += 1; continue fields }
                if c == Self.lf { add(fieldStart, p, 0); recordEnd = p; next = p + 1; break fields }
                if c == Self.cr {
                    if p + 1 < end {
                        if b[p + 1] == Self.lf { add(fieldStart, p, 0); recordEnd = p; next = p + 2; break fields }
                    } else if !eof {
                        return .needMore
                    } else {
                        add(fieldStart, p, 0); recordEnd = p; next = p + 1; break fields
                    }
                } else if c == Self.quote {
                    throw error(at: p, line: line + newlines, column: fc - firstField + 1,
                                expected: "a field without quotes, or one wholly in quotes (write \"\" for a quote)",
                                found: "a quote inside an unquoted field")
                } else if c == 0 {
                    throw nulError(at: p, line + newlines, column: fc - firstField + 1)
                }
                p += 1
            }
        }
        let record = RecordSpan(firstField: firstField, count: fc - firstField, line: line, rawStart: start,
                                rawEnd: recordEnd)
        line += newlines + (next > recordEnd && next <= end ? 1 : 0)
        start = next
        return .record(record)
    }

    private func nulError(at p: Int, _ line: Int, column: Int) -> IngestError {
        error(at: p, line: line, column: column, expected: "text", found: "a NUL byte (0x00)")
    }
}
