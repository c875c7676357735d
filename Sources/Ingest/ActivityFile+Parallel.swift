/// Two threads over one activity export, as `EngagementFile+Parallel` reads the engagement export: the calling
/// thread parses the first half and hands its runs to `body`; a helper thread (`SecondHalfReader`) parses the rest
/// into chunks that the calling thread hands to `body` between its own runs (so `body` only runs on the calling
/// thread). Where the halves meet and how the second half's rejected rows and errors get their lines is
/// `SecondHalfReader`'s, so messages, the rejects file and the accounting are those of one thread.
extension ActivityFile {
    /// Rows per chunk the helper thread hands over.
    static let chunkRows = 16_384

    /// The accounting of a pass and whether it was read in two parts, or `nil` when the file is too small to
    /// split (the caller then reads it alone).
    func scanInParallel(loop first: RecordLoop, _ body: (ActivityRows) throws -> Void) throws
        -> (FileAccounting, split: Bool)? {
        let reader = try CSVReader(path: path, format: format)
        _ = try reader.next()
        let dataStart = reader.offset
        let size = reader.fileSize()
        guard size - dataStart >= max(minimumParallelBytes, 2) else { return nil }
        let middle = dataStart + (size - dataStart) / 2
        let k = channels.count
        let helper = SecondHalfReader<ActivityChunk>(path: path, skips: rejects.skips, middle: middle, size: size) {
            reader, loop, push in
            var chunk = ActivityChunk(channelCount: k)
            let counts = try self.scan(reader, loop: loop, afterRun: {
                if chunk.count >= Self.chunkRows - Self.runSize {
                    try push(chunk)
                    chunk = ActivityChunk(channelCount: k)
                }
            }) { chunk.append($0) }
            if chunk.count > 0 { try push(chunk) }
            return counts
        }
        return try helper.read(from: reader, loop: first, scanFirst: { reader, afterRun in
            try scan(reader, loop: first, afterRun: afterRun, body)
        }, hand: { chunk in try chunk.hand(to: body) })
    }
}

/// Rows of the second half, copied out of the helper's runs: customers, days and values as in `ActivityRows`.
struct ActivityChunk {
    var customers: [Int32] = []
    var days: [Int32] = []
    var values: [Int64] = []
    let channelCount: Int

    /// An empty chunk with room for `capacity` rows (so appending never moves it).
    init(channelCount: Int, capacity: Int = ActivityFile.chunkRows) {
        self.channelCount = channelCount
        customers.reserveCapacity(capacity)
        days.reserveCapacity(capacity)
        values.reserveCapacity(capacity * channelCount)
    }

    var count: Int { customers.count }

    mutating func append(_ rows: ActivityRows) {
        customers.append(contentsOf: UnsafeBufferPointer(start: rows.customers, count: rows.count))
        days.append(contentsOf: UnsafeBufferPointer(start: rows.days, count: rows.count))
        values.append(contentsOf: UnsafeBufferPointer(start: rows.values, count: rows.count * channelCount))
    }

    func hand(to body: (ActivityRows) throws -> Void) throws {
        guard count > 0 else { return }
        try customers.withUnsafeBufferPointer { c in try days.withUnsafeBufferPointer { d in
            try values.withUnsafeBufferPointer { v in
                try body(ActivityRows(count: count, channelCount: channelCount, customers: c.baseAddress!,
                                      days: d.baseAddress!, values: v.baseAddress ?? UnsafePointer(bitPattern: 8)!))
            }
        }}
    }
}
