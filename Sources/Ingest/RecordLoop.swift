/// The loop shared by the export loaders: every data record of a reader goes to `body`; a record that is not
/// well-formed CSV, or for which `body` throws an `IngestError`, goes to the rejects log (which throws it under
/// `.stop`). Other errors (the consumer's) pass through.
enum RecordLoop {
    /// Returns the rows read and rejected. `log` false counts rejections without writing them (a second pass
    /// over a file whose rejects are already listed).
    static func run(_ reader: CSVReader, file: String, rejects: RejectsLog, log: Bool = true,
                    _ body: (CSVRecord) throws -> Void) throws -> (read: Int, rejected: Int) {
        var read = 0, rejected = 0
        while true {
            let record: CSVRecord?
            do {
                record = try reader.next()
            } catch let error as IngestError {
                guard rejects.skips else { throw error }
                let (line, raw) = try reader.skipMalformedRecord()
                if log { try rejects.reject(error, file: file, line: line, raw: raw) }
                read += 1; rejected += 1
                continue
            }
            guard let r = record else { break }
            read += 1
            do {
                try body(r)
            } catch let error as IngestError {
                if log || !rejects.skips { try rejects.reject(error, file: file, line: r.line, raw: r.raw) }
                rejected += 1
            }
        }
        return (read, rejected)
    }

    /// `run` a batch of records at a time (`CSVReader.nextBatch`): `start` sees each batch before `body` sees its
    /// records one by one (with their place in the batch), so that it can begin work whose memory latency then
    /// overlaps, such as the id lookups of a whole batch. Records, errors and accounting are those of `run`.
    static func runBatched(_ reader: CSVReader, file: String, rejects: RejectsLog, batchSize: Int = 64,
                           start: ([CSVRecord]) -> Void,
                           _ body: (CSVRecord, Int) throws -> Void) throws -> (read: Int, rejected: Int) {
        var read = 0, rejected = 0
        var batch: [CSVRecord] = []
        batch.reserveCapacity(batchSize)
        while true {
            do {
                guard try reader.nextBatch(limit: batchSize, into: &batch) else { break }
            } catch let error as IngestError {
                guard rejects.skips else { throw error }
                let (line, raw) = try reader.skipMalformedRecord()
                try rejects.reject(error, file: file, line: line, raw: raw)
                read += 1; rejected += 1
                continue
            }
            start(batch)
            for k in batch.indices {
                let r = batch[k]
                read += 1
                do {
                    try body(r, k)
                } catch let error as IngestError {
                    try rejects.reject(error, file: file, line: r.line, raw: r.raw)
                    rejected += 1
                }
            }
        }
        return (read, rejected)
    }
}
