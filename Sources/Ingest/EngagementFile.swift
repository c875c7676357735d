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
public final class EngagementFile: EngagementSource, @unchecked Sendable {
    /// The file as named in messages.
    public let path: String
    let columns: ResolvedColumns
    let customers: CustomerIndex
    let rejects: RejectsLog
    /// Records per batch: enough lookups in flight to hide memory latency, few enough to stay in cache.
    static let batchSize = 64
    /// Threads for `forEachRow` (1 or 2).
    var threads = 2
    /// The smallest file read with two threads.
    var minimumParallelBytes = 4 << 20
    /// Whether the last pass read the halves of the file on two threads (for tests).
    var lastPassWasParallel = false
    /// Whether plain records take the fast path (`PlainEngagementLines`); false only to compare the paths in tests.
    var plainLines = true
    /// Rows read, used and rejected by the first complete pass; `nil` before it.
    public private(set) var accounting: FileAccounting?

    init(path: String, columns: ResolvedColumns, customers: CustomerIndex, rejects: RejectsLog) {
        self.path = path
        self.columns = columns
        self.customers = customers
        self.rejects = rejects
    }

    /// Opens the file and checks its header; throws `IngestError.missingColumns` and the like.
    static func open(path: String, mapping: ColumnMapping, customers: CustomerIndex,
                     rejects: RejectsLog) throws -> EngagementFile {
        let reader = try CSVReader(path: path, chunkSize: 1 << 16)
        guard let first = try reader.next() else { throw IngestError.emptyFile(file: path) }
        let columns = try ResolvedColumns(header: CSVHeader(record: first, file: path), kind: .engagement,
                                          mapping: mapping, file: path)
        return EngagementFile(path: path, columns: columns, customers: customers, rejects: rejects)
    }

    /// Calls `body` once for every valid row. Bad rows throw under `.stop` and are listed and skipped under
    /// `.skip`; errors thrown by `body` end the pass. With `threads` ≥ 2 and a file of at least
    /// `minimumParallelBytes`, a second thread parses the second half of the file (see `EngagementFile+Parallel`);
    /// rows then arrive in a different order, which consumers must not depend on (SPEC section 1). Under `.stop`
    /// the error reported is the first in file order either way.
    public func forEachRow(_ body: (EngagementRow) throws -> Void) throws {
        try forEachBatch { rows in for r in rows { try body(r) } }
    }

    /// `forEachRow` a batch at a time: `body` gets the valid rows in runs (each buffer valid only during the call),
    /// which saves a call per row in the consumer.
    public func forEachBatch(_ body: (UnsafeBufferPointer<EngagementRow>) throws -> Void) throws {
        let firstPass = accounting == nil
        let counts: FileAccounting
        lastPassWasParallel = false
        if threads >= 2, let parallel = try forEachRowInParallel(firstPass: firstPass, body) {
            counts = parallel
        } else {
            let reader = try CSVReader(path: path)
            _ = try reader.next()
            counts = try scan(reader, reject: { error, line, raw in
                if firstPass || !self.rejects.skips { try self.rejects.reject(error, file: self.path, line: line, raw: raw) }
            }, body)
        }
        if firstPass {
            precondition(counts.isBalanced, "engagement rows unaccounted for")
            accounting = counts
            try rejects.commit()
        }
    }

    /// Rows per run of the fast path (`PlainEngagementLines`).
    static let plainRunSize = 256
    /// Records the general path reads after the fast path stopped, before the fast path is tried again.
    static let generalRunSize = 16

    /// Reads every record `reader` gives: valid rows go to `rows` in runs, bad ones to `reject` (with their line
    /// and raw text), which throws to stop. Plain records take the fast path (`PlainEngagementLines`, unless
    /// `plainLines` is false); the first record it leaves and a few after it go through the general one
    /// (`CSVReader.nextBatch` + `EngagementRowParser`), which alone reports errors, so messages, locations and
    /// accounting do not depend on the path. Rows before a rejected record are handed on before it is rejected.
    /// `afterBatch` runs after each run (the parallel scan drains the other thread's rows there). Returns the rows
    /// read, used and rejected.
    func scan(_ reader: CSVReader, reject: (IngestError, Int, String) throws -> Void,
              afterBatch: () throws -> Void = {},
              _ deliver: (UnsafeBufferPointer<EngagementRow>) throws -> Void) throws -> FileAccounting {
        let parser = EngagementRowParser(file: path, columns: columns, customers: customers)
        let plain = plainLines ? PlainEngagementLines(columns: columns, customers: customers) : nil
        var counts = FileAccounting(file: path)
        var batch: [CSVRecord] = []
        var lookups: [CustomerIndex.Lookup] = []
        batch.reserveCapacity(Self.batchSize)
        lookups.reserveCapacity(Self.batchSize)
        let capacity = max(Self.plainRunSize, Self.batchSize)
        let rows = UnsafeMutablePointer<EngagementRow>.allocate(capacity: capacity)
        defer { rows.deallocate() }
        while true {
            if let plain {
                let n = reader.consumePlainLines { bytes, limit in
                    plain.parse(bytes, limit: limit, into: rows, capacity: Self.plainRunSize)
                }
                if n > 0 {
                    counts.read += n; counts.used += n
                    try deliver(UnsafeBufferPointer(start: rows, count: n))
                    try afterBatch()
                    continue
                }
            }
            do {
                let limit = plain == nil ? Self.batchSize : Self.generalRunSize
                guard try reader.nextBatch(limit: limit, into: &batch) else { break }
            } catch let error as IngestError {
                guard rejects.skips else { try reject(error, reader.nextLine, ""); throw error }
                let (line, raw) = try reader.skipMalformedRecord()
                try reject(error, line, raw)
                counts.read += 1; counts.rejected += 1
                continue
            }
            // Start every id lookup of the batch before finishing any: their cache misses overlap.
            lookups.removeAll(keepingCapacity: true)
            for r in batch { lookups.append(parser.startLookup(r)) }
            var pending = 0
            for k in batch.indices {
                let r = batch[k]
                counts.read += 1
                do {
                    rows[pending] = try parser.parse(r, lookups[k])
                } catch let error as IngestError {
                    if pending > 0 { try deliver(UnsafeBufferPointer(start: rows, count: pending)); pending = 0 }
                    try reject(error, r.line, r.raw)
                    counts.rejected += 1
                    continue
                }
                counts.used += 1
                pending += 1
            }
            if pending > 0 { try deliver(UnsafeBufferPointer(start: rows, count: pending)) }
            try afterBatch()
        }
        return counts
    }
}

/// Parses one engagement record, its customer id looked up in two steps (see `CustomerIndex.Lookup`).
struct EngagementRowParser {
    let fields: FieldParser
    let customers: CustomerIndex
    let idField: Int, dateField: Int, likesField: Int, sharesField: Int, commentsField: Int, dmsField: Int

    init(file: String, columns: ResolvedColumns, customers: CustomerIndex) {
        fields = FieldParser(file: file, columns: columns)
        self.customers = customers
        idField = columns["customer_id"]; dateField = columns["date"]; likesField = columns["likes"]
        sharesField = columns["shares"]; commentsField = columns["comments"]; dmsField = columns["dms"]
    }

    @inline(__always)
    func startLookup(_ r: CSVRecord) -> CustomerIndex.Lookup {
        customers.startLookup(r.count > idField ? r.bytes(idField) : UnsafeBufferPointer(start: nil, count: 0))
    }

    @inline(__always)
    func parse(_ r: CSVRecord, _ lookup: CustomerIndex.Lookup) throws -> EngagementRow {
        try fields.checkFieldCount(r)
        let customer: Int32
        if !r.hasEscapedQuotes(idField), let c = customers.resolve(lookup, r.bytes(idField)) {
            customer = c
        } else {
            customer = try fields.customer(r, idField, customers)
        }
        let day = try fields.day(r, dateField, "date")
        return EngagementRow(customer: customer, day: day,
                             likes: try fields.count(r, likesField, "likes"),
                             shares: try fields.count(r, sharesField, "shares"),
                             comments: try fields.count(r, commentsField, "comments"),
                             dms: try fields.count(r, dmsField, "dms"))
    }
}
