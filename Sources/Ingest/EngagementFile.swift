/// engagement.csv as an `EngagementSource`: each `forEachRow` streams the file once, validating every row (customer
/// listed in customers.csv, a date, likes/shares/comments/dms non-negative integers that fit in Int32) and mapping
/// ids to customer indices from the bytes, without a `String` per row. Memory stays at one read chunk.
///
/// The header was checked when the exports were loaded, so a missing column is reported before any work starts.
///
/// **Skip-mode accounting.** The first `forEachRow` that runs to the end lists the file's bad rows in the rejects
/// file, sets `accounting` (rows read = used + rejected) and then writes the rejects file into place (engagement is
/// the last export read, so the file is then complete). Until then `accounting` is `nil`. Later passes skip the same
/// rows without listing them again. A pass that ends early (an error from the consumer) records nothing.
///
/// Configured once by `Options` at `open`; the only state a pass changes is `accounting`, set by the first complete
/// pass on the calling thread (the helper thread of a two-thread pass reads only the `let`s).
public final class EngagementFile: EngagementSource {
    /// How the file is read.
    public struct Options: Sendable, Equatable {
        /// Threads for `forEachRow` (1 or 2).
        public var threads: Int
        /// The smallest file read with two threads.
        var minimumParallelBytes = 4 << 20
        /// Whether plain records take the fast path (`PlainEngagementLines`); false only to compare the paths in
        /// tests.
        var plainLines = true

        public init(threads: Int = 2) { self.threads = threads }
    }

    /// The file as named in messages.
    public let path: String
    let columns: ResolvedColumns
    let customers: CustomerIndex
    let rejects: RejectsLog
    let options: Options
    /// How the file is written (its separator settled when it was opened).
    let format: ExportFormat
    /// True when the export is absent (SPEC section 1: the models do without it): no rows.
    public let isAbsent: Bool
    /// True when the export is absent or has a header and no rows.
    public let isEmpty: Bool
    /// Rows read, used and rejected by the first complete pass; `nil` before it.
    public private(set) var accounting: FileAccounting?
    /// The activity export of other channels this absent social export stands beside (`ActivityFile`): the
    /// feature builder reads it instead.
    public internal(set) var activity: ActivityFile?
    public var activitySource: ActivitySource? { activity }

    init(path: String, columns: ResolvedColumns, customers: CustomerIndex, rejects: RejectsLog, options: Options,
         format: ExportFormat = .standard, isAbsent: Bool = false, isEmpty: Bool = false) {
        self.path = path
        self.columns = columns
        self.customers = customers
        self.rejects = rejects
        self.format = format
        self.isAbsent = isAbsent
        self.isEmpty = isEmpty || isAbsent
        var options = options
        // Byte offsets split a file between threads, and the fast path reads commas and ISO dates only.
        if format.encoding != .utf8 || (format.delimiter ?? CSVReader.comma) != CSVReader.comma { options.threads = 1 }
        if (format.delimiter ?? CSVReader.comma) != CSVReader.comma || format.dateFormat != .iso {
            options.plainLines = false
        }
        self.options = options
    }

    /// Opens the file and checks its header; throws `IngestError.missingColumns` and the like.
    static func open(path: String, mapping: ColumnMapping, customers: CustomerIndex, rejects: RejectsLog,
                     options: Options, format: ExportFormat = .standard) throws -> EngagementFile {
        let reader = try CSVReader(path: path, format: format, chunkSize: 1 << 16)
        guard let first = try reader.next() else { throw IngestError.emptyFile(file: path) }
        let columns = try ResolvedColumns(header: CSVHeader(record: first, file: path), kind: .engagement,
                                          mapping: mapping, file: path)
        var settled = format
        settled.delimiter = reader.separator
        var headerOnly = false
        do { headerOnly = try reader.next() == nil } catch {}  // a bad first row is reported when rows are read
        return EngagementFile(path: path, columns: columns, customers: customers, rejects: rejects,
                              options: options, format: settled, isEmpty: headerOnly)
    }

    /// An export that is not there: every pass has no rows (and commits the rejects file, as the last export read).
    static func absent(path: String, customers: CustomerIndex, rejects: RejectsLog, options: Options) -> EngagementFile {
        let header = try! CSVHeader(names: ExportKind.engagement.requiredColumns, file: path)
        let columns = try! ResolvedColumns(header: header, kind: .engagement, mapping: .identity, file: path)
        return EngagementFile(path: path, columns: columns, customers: customers, rejects: rejects, options: options,
                              isAbsent: true)
    }

    /// Calls `body` once for every valid row. Bad rows throw under `.stop` and are listed and skipped under
    /// `.skip`; errors thrown by `body` end the pass. With `options.threads` ≥ 2 and a file of at least
    /// `options.minimumParallelBytes`, a second thread parses the second half of the file (see
    /// `EngagementFile+Parallel`); rows then arrive in a different order, which consumers must not depend on (SPEC
    /// section 1). Under `.stop` the error reported is the first in file order either way.
    public func forEachRow(_ body: (EngagementRow) throws -> Void) throws {
        try forEachBatch { rows in for r in rows { try body(r) } }
    }

    /// `forEachRow` a batch at a time: `body` gets the valid rows in runs (each buffer valid only during the call),
    /// which saves a call per row in the consumer.
    public func forEachBatch(_ body: (UnsafeBufferPointer<EngagementRow>) throws -> Void) throws {
        _ = try pass(body)
    }

    /// One `forEachBatch` pass; returns whether it read the file on two threads.
    func pass(_ body: (UnsafeBufferPointer<EngagementRow>) throws -> Void) throws -> Bool {
        let firstPass = accounting == nil
        var (counts, split) = (FileAccounting(file: path), false)
        if isAbsent {
            // nothing to read
        } else if options.threads >= 2, let parallel = try forEachRowInParallel(firstPass: firstPass, body) {
            (counts, split) = parallel
        } else {
            let reader = try CSVReader(path: path, format: format)
            _ = try reader.next()
            counts = try scan(reader, loop: loop(firstPass: firstPass), body)
        }
        if firstPass {
            precondition(counts.isBalanced, "engagement rows unaccounted for")
            accounting = counts
            try rejects.commit()
        }
        return split
    }

    /// The record loop of a pass on the calling thread: bad rows are listed on the first pass only (later passes
    /// skip the same rows), and thrown under `.stop`.
    func loop(firstPass: Bool) -> RecordLoop {
        RecordLoop(file: path, skips: rejects.skips) { [path, rejects] error, line, raw in
            if firstPass || !rejects.skips { try rejects.reject(error, file: path, line: line, raw: raw) }
        }
    }

    /// Rows per run of the fast path (`PlainEngagementLines`).
    static let plainRunSize = 256
    /// Records the general path reads after the fast path stopped, before the fast path is tried again.
    static let generalRunSize = 16

    /// Reads every record `reader` gives through `loop`: valid rows go to `deliver` in runs, bad ones to
    /// `loop.reject`. Plain records take the fast path (`PlainEngagementLines`, unless `options.plainLines` is
    /// false); the first record it leaves and a few after it go through the general one (`EngagementRowParser`),
    /// which alone reports errors, so messages, locations and accounting do not depend on the path. Rows before a
    /// rejected record are handed on before it is rejected. `afterBatch` runs after each run (the parallel scan
    /// drains the other thread's rows there). Returns the rows read, used and rejected.
    func scan(_ reader: CSVReader, loop: RecordLoop, afterBatch: () throws -> Void = {},
              _ deliver: (UnsafeBufferPointer<EngagementRow>) throws -> Void) throws -> FileAccounting {
        let parser = EngagementRowParser(file: path, columns: columns, customers: customers, dateFormat: format.dateFormat)
        let plain = options.plainLines ? PlainEngagementLines(columns: columns, customers: customers) : nil
        let probe = customers.probe
        var known: [Int32] = []
        known.reserveCapacity(RecordLoop.batchSize)
        let capacity = max(Self.plainRunSize, RecordLoop.batchSize)
        let rows = UnsafeMutablePointer<EngagementRow>.allocate(capacity: capacity)
        defer { rows.deallocate() }
        var pending = 0
        func flush() throws {
            if pending > 0 { try deliver(UnsafeBufferPointer(start: rows, count: pending)); pending = 0 }
        }
        return try loop.run(reader, limit: plain == nil ? RecordLoop.batchSize : Self.generalRunSize, fastRun: {
            guard let plain else { return 0 }
            let n = reader.consumePlainLines { bytes, limit in
                plain.parse(bytes, limit: limit, into: rows, capacity: Self.plainRunSize)
            }
            if n > 0 { try deliver(UnsafeBufferPointer(start: rows, count: n)) }
            return n
        }, start: { batch in
            probe.lookUp(batch, field: parser.idField, into: &known)
        }, parse: { r, k in
            try parser.parse(r, known: known[k])
        }, use: { row in
            rows[pending] = row
            pending += 1
        }, beforeReject: flush, afterBatch: {
            try flush()
            try afterBatch()
        })
    }
}
