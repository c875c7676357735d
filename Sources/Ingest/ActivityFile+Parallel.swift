import Foundation

/// Two threads over one activity export, as `EngagementFile+Parallel` reads the engagement export: the calling
/// thread parses the first half and hands its runs to `body`; a helper thread (`ActivityHelper`) parses the rest
/// into chunks that the calling thread hands to `body` between its own runs (so `body` only runs on the calling
/// thread). Where the halves meet, the line ends and the line numbers of the second half's rejected rows are found
/// and shifted as there (`EngagementHelper.boundary`), so messages, the rejects file and the accounting are those
/// of one thread.
extension ActivityFile {
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

        let helper = ActivityHelper(file: self, middle: middle, size: size)
        let thread = Thread { helper.run() }
        thread.stackSize = 1 << 20
        thread.start()
        defer { helper.cancelAndWait() }

        reader.stopOffset = middle
        let drain = { () throws -> Void in for chunk in helper.takeChunks() { try chunk.hand(to: body) } }
        var counts = try scan(reader, loop: first, afterRun: drain, body)
        guard let boundary = helper.waitForBoundary() else {
            reader.stopOffset = nil  // no line break outside quotes after the middle: read the rest here
            counts.add(try scan(reader, loop: first, afterRun: drain, body))
            return (counts, false)
        }
        if reader.offset < boundary {
            reader.stopOffset = boundary
            counts.add(try scan(reader, loop: first, afterRun: drain, body))
        }
        guard reader.offset == boundary else {
            throw IngestError.invalidValue(
                SourceLocation(file: path, line: reader.nextLine, column: 1),
                expected: "quote characters that pair up, as the file is read in two parts (or CHURNCAST_THREADS=1)",
                found: "a stray quote before this line")
        }
        let lineShift = reader.nextLine - 1
        while let chunk = helper.takeChunk() { try chunk.hand(to: body) }
        let (second, rejected, failure) = helper.result()
        for (error, line, raw) in rejected {
            try first.reject(error.shiftingLines(by: lineShift), line + lineShift, raw)
        }
        if let failure { throw failure.shiftingLines(by: lineShift) }
        counts.add(second)
        return (counts, true)
    }
}

/// Rows of the second half, copied out of the helper's runs: customers, days and values as in `ActivityRows`.
struct ActivityChunk {
    var customers: [Int32] = []
    var days: [Int32] = []
    var values: [Int64] = []
    let channelCount: Int

    /// An empty chunk with room for `capacity` rows (so appending never moves it).
    init(channelCount: Int, capacity: Int = ActivityHelper.chunkRows) {
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

/// The helper thread's side of `scanInParallel`: finds where the second half starts, parses it into chunks, keeps
/// its rejected rows (lines counted from the boundary), and stops early when cancelled.
///
/// `@unchecked Sendable`: its mutable state is guarded by `condition`; of the file it reads only constants.
final class ActivityHelper: @unchecked Sendable {
    static let chunkRows = 16_384
    static let maxChunks = 8

    private let file: ActivityFile
    private let middle: Int
    private let size: Int
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var chunks: [ActivityChunk] = []
    private var decided = false
    private var boundary: Int?
    private var finished = false
    private var cancelled = false
    private var counts = FileAccounting(file: "")
    private var rejected: [(IngestError, Int, String)] = []
    private var failure: IngestError?

    init(file: ActivityFile, middle: Int, size: Int) {
        self.file = file
        self.middle = middle
        self.size = size
    }

    func run() {
        let found = try? EngagementHelper.boundary(path: file.path, after: middle, size: size)
        condition.lock()
        decided = true
        boundary = found ?? nil
        if boundary == nil { finished = true }
        condition.broadcast()
        condition.unlock()
        guard let boundary = found ?? nil else { return }

        let k = file.channels.count
        var chunk = ActivityChunk(channelCount: k)
        var rejected: [(IngestError, Int, String)] = []
        var failure: IngestError?
        var counts = FileAccounting(file: file.path)
        do {
            let reader = try CSVReader(path: file.path, byteRange: boundary..<size, firstLine: 1)
            let loop = RecordLoop(file: file.path, skips: file.rejects.skips) { error, line, raw in
                if !self.file.rejects.skips { throw error }
                rejected.append((error, line, raw))
            }
            counts = try file.scan(reader, loop: loop, afterRun: {
                if chunk.count >= Self.chunkRows - ActivityFile.runSize {
                    guard self.push(chunk) else { throw CancellationError() }
                    chunk = ActivityChunk(channelCount: k)
                }
            }) { chunk.append($0) }
        } catch let error as IngestError {
            failure = error
        } catch {
            // Cancelled, or the file became unreadable (the first half reports that too).
        }
        _ = push(chunk)
        condition.lock()
        self.counts = counts
        self.rejected = rejected
        self.failure = failure
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Queues a chunk, waiting while `maxChunks` are queued; false when cancelled.
    private func push(_ chunk: ActivityChunk) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= Self.maxChunks && !cancelled { condition.wait() }
        if cancelled { return false }
        if chunk.count > 0 { chunks.append(chunk) }
        condition.broadcast()
        return true
    }

    /// The chunks queued so far, without waiting.
    func takeChunks() -> [ActivityChunk] {
        condition.lock()
        defer { condition.unlock() }
        let taken = chunks
        chunks.removeAll()
        condition.broadcast()
        return taken
    }

    /// The next chunk, waiting for one; `nil` once the helper has finished and nothing is left.
    func takeChunk() -> ActivityChunk? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !finished { condition.wait() }
        if chunks.isEmpty { return nil }
        let chunk = chunks.removeFirst()
        condition.broadcast()
        return chunk
    }

    /// Waits until the helper has found where the second half starts; `nil` when it cannot be split.
    func waitForBoundary() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !decided { condition.wait() }
        return boundary
    }

    /// The second half's accounting, its rejected rows and, under `.stop`, its first error. Call after
    /// `takeChunk()` returned `nil`.
    func result() -> (FileAccounting, [(IngestError, Int, String)], IngestError?) {
        condition.lock()
        defer { condition.unlock() }
        return (counts, rejected, failure)
    }

    /// Stops the helper (if still running) and waits for it to end.
    func cancelAndWait() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
