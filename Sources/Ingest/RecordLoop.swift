/// The one loop every export loader reads its data records with: next batch → parse each record to a value →
/// reject what does not parse → count. A record that is not well-formed CSV, or whose `parse` throws an
/// `IngestError`, goes to `reject` with its line and raw text; under `.stop` that ends the read with the error.
/// Other errors (the consumer's) pass through. Rows read = used + rejected, always.
struct RecordLoop {
    /// The file as named in the accounting.
    let file: String
    /// True under `.skip`: a malformed record is skipped to the end of its line and reading goes on.
    let skips: Bool
    /// Takes a bad record's error, line and raw text; throws to stop (under `.stop` it must throw).
    let reject: (IngestError, _ line: Int, _ raw: String) throws -> Void
    /// Records per batch: enough id lookups in flight to hide memory latency, few enough to stay in cache.
    static let batchSize = 64

    /// The loop writing bad rows to `rejects` (which throws under `.stop`).
    init(file: String, rejects: RejectsLog) {
        self.init(file: file, skips: rejects.skips) { error, line, raw in
            try rejects.reject(error, file: file, line: line, raw: raw)
        }
    }

    init(file: String, skips: Bool, reject: @escaping (IngestError, Int, String) throws -> Void) {
        self.file = file
        self.skips = skips
        self.reject = reject
    }

    /// Reads every record `reader` has left, `limit` at a time: `start` sees each batch first (so it can begin
    /// work whose memory latency then overlaps, such as the id lookups of the batch), then `parse` turns each
    /// record (with its place in the batch) into a value for `use`. `beforeReject` runs before a bad record of a
    /// batch is rejected and `afterBatch` after each batch (callers that hand values on in runs flush there).
    /// `fastRun`, tried before each batch, may consume plain records itself and return how many (all used).
    @inline(__always)
    func run<Value>(_ reader: CSVReader, limit: Int = RecordLoop.batchSize,
                    fastRun: () throws -> Int = { 0 },
                    start: ([CSVRecord]) -> Void = { _ in },
                    parse: (CSVRecord, Int) throws -> Value,
                    use: (Value) throws -> Void = { _ in },
                    beforeReject: () throws -> Void = {},
                    afterBatch: () throws -> Void = {}) throws -> FileAccounting {
        var counts = FileAccounting(file: file)
        var batch: [CSVRecord] = []
        batch.reserveCapacity(limit)
        while true {
            let fast = try fastRun()
            if fast > 0 {
                counts.read += fast; counts.used += fast
                try afterBatch()
                continue
            }
            do {
                guard try reader.nextBatch(limit: limit, into: &batch) else { break }
            } catch let error as IngestError {
                guard skips else { try reject(error, reader.nextLine, ""); throw error }
                let (line, raw) = try reader.skipMalformedRecord()
                try reject(error, line, raw)
                counts.read += 1; counts.rejected += 1
                continue
            }
            start(batch)
            for k in batch.indices {
                let r = batch[k]
                counts.read += 1
                let value: Value
                do {
                    value = try parse(r, k)
                } catch let error as IngestError {
                    try beforeReject()
                    try reject(error, r.line, r.raw)
                    counts.rejected += 1
                    continue
                }
                counts.used += 1
                try use(value)
            }
            try afterBatch()
        }
        return counts
    }
}
