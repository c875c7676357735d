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
///
/// Here: the state, opening and the record-level API. `CSVReader+Buffer`: reading the file into the buffer and the
/// raw-byte passes; `CSVReader+Fields`: scanning one record's fields.
public final class CSVReader {
    /// The file as named in messages.
    public let path: String
    let fd: Int32
    var buffer: UnsafeMutablePointer<UInt8>
    var capacity: Int
    /// The first byte not yet handed out as a record, and the end of the bytes read.
    var start = 0
    var end = 0
    var atEOF = false
    /// The next byte to read from the file and the end of the part to read.
    var fileOffset: Int
    let fileEnd: Int
    /// The physical line of the next record.
    var line: Int
    var checkedBOM: Bool
    /// Buffer offset of the last malformed-record error, until `skipMalformedRecord()`.
    var failedAt: Int?
    /// The field separator (a comma unless the export's format says or its header shows otherwise).
    var separator: UInt8 = CSVReader.comma
    /// Set when the separator was detected from the header (not given): the loader says so once.
    public private(set) var detectedSeparator: UInt8?
    /// Decodes a file that is not UTF-8 as it is read (`fill`); `nil` for UTF-8. Byte offsets (`offset`,
    /// `stopOffset`, byte ranges) then count the file's bytes only through `bytesConsumed`: such files are read on
    /// one thread.
    var transcoder: Transcoder?
    var rawBuffer: UnsafeMutablePointer<UInt8>?
    var rawCapacity = 0

    var starts: UnsafeMutablePointer<Int32>
    var ends: UnsafeMutablePointer<Int32>
    var flags: UnsafeMutablePointer<UInt8>
    var fieldCapacity = 64
    var fieldCount = 0
    /// Where the fields of the record being parsed start (0 except inside a batch).
    var firstField = 0

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

    /// Opens `path` to read it as `format` says: its encoding transcoded to UTF-8 while reading, its separator as
    /// given or detected from the header line (`,` `;` tab `|`: the one that occurs most outside quotes; a comma when
    /// none does; `detectedSeparator` tells which was found).
    public convenience init(path: String, format: ExportFormat, chunkSize: Int = 1 << 20) throws {
        try self.init(path: path, byteRange: nil, firstLine: 1, chunkSize: chunkSize)
        if format.encoding != .utf8 {
            transcoder = Transcoder(format.encoding)
            rawBuffer = .allocate(capacity: chunkSize)
            rawCapacity = chunkSize
        }
        if let d = format.delimiter {
            separator = d
        } else {
            try fill()
            let found = headerSeparator()
            separator = found ?? Self.comma
            if found != Self.comma { detectedSeparator = found }
        }
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
        rawBuffer?.deallocate()
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

    var spans: [RecordSpan] = []

    func record(_ span: RecordSpan) -> CSVRecord {
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
}
