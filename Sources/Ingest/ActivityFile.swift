import Support

/// An activity export of any channels (orders.csv, activity.csv, or engagement.csv without the social columns)
/// as an `ActivitySource`: each `forEachBatch` streams the file once, validating every row (customer listed in
/// customers.csv, a date, a number or missing-value token per channel; a missing value adds nothing) and hands
/// the rows over in runs, ids looked up from the bytes a block at a time. Memory stays at one read chunk.
///
/// Accounting as `EngagementFile`'s: the first complete pass lists the bad rows, sets `accounting` and commits the
/// rejects file (the activity export is the last read).
public final class ActivityFile: ActivitySource {
    public let path: String
    public let channels: [String]
    let columns: ActivityColumns
    let customers: CustomerIndex
    let rejects: RejectsLog
    let format: ExportFormat
    /// True when the file has a header and no rows.
    public let isEmpty: Bool
    /// Rows read, used and rejected by the first complete pass; `nil` before it.
    public private(set) var accounting: FileAccounting?
    /// Threads a pass may read with (`CHURNCAST_THREADS`, else 2): 1 or 2 (only speed depends on it).
    var threads = Parallelism.threads
    /// Files smaller than this are read on one thread.
    var minimumParallelBytes = 4 << 20
    /// Whether the latest pass read the file in two parts (for tests).
    private(set) var lastPassSplit = false

    init(path: String, columns: ActivityColumns, customers: CustomerIndex, rejects: RejectsLog, format: ExportFormat,
         isEmpty: Bool) {
        self.path = path; self.columns = columns; self.customers = customers; self.rejects = rejects
        self.format = format; self.isEmpty = isEmpty
        channels = columns.channels.map(\.name)
    }

    /// Opens the file and resolves its columns (see `ActivityColumns`).
    static func open(path: String, mapping: ColumnMapping, customers: CustomerIndex, rejects: RejectsLog,
                     format: ExportFormat, selection: [String]?) throws -> ActivityFile {
        let reader = try CSVReader(path: path, format: format, chunkSize: 1 << 16)
        guard let first = try reader.next() else { throw IngestError.emptyFile(file: path) }
        let header = try CSVHeader(record: first, file: path)
        var sample: [CSVRecord] = []
        do { _ = try reader.nextBatch(limit: ActivityColumns.sampleRows, into: &sample) } catch {}  // reported later
        let columns = try ActivityColumns(header: header, sample: sample, mapping: mapping, format: format, file: path,
                                          selection: selection)
        var settled = format
        settled.delimiter = reader.separator
        return ActivityFile(path: path, columns: columns, customers: customers, rejects: rejects, format: settled,
                            isEmpty: sample.isEmpty)
    }

    /// Rows handed over per run.
    static let runSize = 1024

    /// Calls `body` with every valid row, in runs. Bad rows throw under `.stop` and are listed and skipped under
    /// `.skip` (listed on the first complete pass only). With `threads` ≥ 2 and a plain file (comma-separated,
    /// ISO dates, UTF-8) of at least `minimumParallelBytes`, a second thread parses the second half
    /// (`ActivityFile+Parallel`); the rows then come in another order, which the cells do not depend on, and
    /// messages, rejects and accounting are those of one thread.
    public func forEachBatch(_ body: (ActivityRows) throws -> Void) throws {
        let firstPass = accounting == nil
        let loop = RecordLoop(file: path, skips: rejects.skips) { [path, rejects] error, line, raw in
            if firstPass || !rejects.skips { try rejects.reject(error, file: path, line: line, raw: raw) }
        }
        let counts: FileAccounting
        lastPassSplit = false
        if threads >= 2 && isPlainFormat, let parallel = try scanInParallel(loop: loop, body) {
            (counts, lastPassSplit) = parallel
        } else {
            let reader = try CSVReader(path: path, format: format)
            _ = try reader.next()
            counts = try scan(reader, loop: loop, body)
        }
        if firstPass {
            precondition(counts.isBalanced, "activity rows unaccounted for")
            accounting = counts
            try rejects.commit()
        }
    }

    /// Plain records take the fast path (`PlainActivityLines`): comma-separated, ISO dates, UTF-8, decimal points.
    var isPlainFormat: Bool {
        (format.delimiter ?? CSVReader.comma) == CSVReader.comma && format.dateFormat == .iso
            && format.encoding == .utf8 && !format.decimalComma
    }

    /// Reads every record `reader` has left through `loop`: valid rows go to `body` in runs of at most `runSize`,
    /// bad ones to `loop.reject`; `afterRun` runs after each run (the parallel scan hands the other thread's rows
    /// on there). Returns the rows read, used and rejected.
    func scan(_ reader: CSVReader, loop: RecordLoop, afterRun: () throws -> Void = {},
              _ body: (ActivityRows) throws -> Void) throws -> FileAccounting {
        let parser = ActivityRowParser(file: path, columns: columns, format: format, customers: customers)
        let k = columns.channels.count, probe = customers.probe
        var ids = [Int32](repeating: 0, count: Self.runSize), days = [Int32](repeating: 0, count: Self.runSize)
        var values = [Int64](repeating: 0, count: Self.runSize * max(k, 1))
        var known: [Int32] = []
        var pending = 0
        func flush() throws {
            guard pending > 0 else { return }
            try ids.withUnsafeBufferPointer { c in try days.withUnsafeBufferPointer { d in
                try values.withUnsafeBufferPointer { v in
                    try body(ActivityRows(count: pending, channelCount: k, customers: c.baseAddress!,
                                          days: d.baseAddress!, values: v.baseAddress!))
                }
            }}
            pending = 0
        }
        let plain = isPlainFormat ? PlainActivityLines(columns: columns, customers: customers, format: format) : nil
        return try loop.run(reader, limit: plain == nil ? Self.runSize : 16, fastRun: {
            guard let plain else { return 0 }
            try flush()
            let n = ids.withUnsafeMutableBufferPointer { c in days.withUnsafeMutableBufferPointer { d in
                values.withUnsafeMutableBufferPointer { v in
                    reader.consumePlainLines { bytes, limit in
                        plain.parse(bytes, limit: limit, ids: c.baseAddress!, days: d.baseAddress!,
                                    values: v.baseAddress!, capacity: Self.runSize)
                    }
                }
            }}
            pending = n
            try flush()
            return n
        }, start: { batch in
            probe.lookUp(batch, field: columns.idField, into: &known)
        }, parse: { r, i in
            try values.withUnsafeMutableBufferPointer { v in
                try parser.parse(r, known: known[i], into: v.baseAddress! + pending * k)
            }
        }, use: { row in
            ids[pending] = row.customer; days[pending] = row.day
            pending += 1
        }, beforeReject: flush, afterBatch: { try flush(); try afterRun() })
    }
}

/// Parses one activity record: its customer (looked up with its batch's), its date and its channel values.
struct ActivityRowParser {
    let fields: FieldParser
    let columns: ActivityColumns
    let customers: CustomerIndex
    let mark: UInt8
    let tokens: MissingTokens

    init(file: String, columns: ActivityColumns, format: ExportFormat, customers: CustomerIndex) {
        fields = FieldParser(file: file, columns: ResolvedColumns(fieldCount: columns.fieldCount),
                             dateFormat: format.dateFormat)
        self.columns = columns
        self.customers = customers
        mark = format.decimalComma ? 0x2C : 0x2E
        tokens = MissingTokens(format.naValues)
    }

    /// The record's customer and day; its values written to `out` (one per channel).
    @inline(__always)
    func parse(_ r: CSVRecord, known: Int32, into out: UnsafeMutablePointer<Int64>) throws
        -> (customer: Int32, day: Int32) {
        try fields.checkFieldCount(r)
        let customer = known >= 0 ? known : try fields.customer(r, columns.idField, customers)
        let day = try fields.day(r, columns.dateField, "date")
        for (k, (field, name)) in columns.channels.enumerated() {
            switch Self.value(r, field, mark: mark, missing: tokens) {
            case .value(let v): out[k] = v
            case .missing: out[k] = 0
            case .invalid: throw fields.invalid(r, field, name, expected: ActivityNumber.expectation)
            }
        }
        return (customer, day.index)
    }

    /// Field `j` of `r` as a channel value (spaces around it ignored).
    @inline(__always)
    static func value(_ r: CSVRecord, _ j: Int, mark: UInt8, missing tokens: MissingTokens) -> ActivityNumber.Parsed {
        var bytes = r.bytes(j)
        if bytes.first == 0x20 || bytes.last == 0x20 { bytes = trimmed(bytes) }
        return ActivityNumber.parse(bytes, mark: mark, missing: tokens)
    }

    /// `b` without leading and trailing spaces.
    static func trimmed(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lo = 0, hi = b.count
        while lo < hi && b[lo] == 0x20 { lo += 1 }
        while hi > lo && b[hi - 1] == 0x20 { hi -= 1 }
        return UnsafeBufferPointer(rebasing: b[lo..<hi])
    }
}

extension ActivityFile {
    /// Whether the activity export at `path` takes the social path (`EngagementFile`): with no channels asked for,
    /// when its header has any of likes, shares, comments, dms (a missing one is then reported as before); else
    /// when exactly those four are asked for.
    static func isSocial(path: String, mapping: ColumnMapping, format: ExportFormat, channels: [String]?) throws
        -> Bool {
        if let channels { return Set(channels) == Set(ActivityColumns.social) && channels.count == 4 }
        let reader = try CSVReader(path: path, format: format, chunkSize: 1 << 16)
        guard let first = try reader.next() else { return true }  // the social path reports the empty file
        let header = try CSVHeader(record: first, file: path)
        return ActivityColumns.social.contains { name in
            header.index(of: mapping.exportName(of: name, in: .engagement) ?? name) != nil || header.index(of: name) != nil
        }
    }
}
