import Foundation

/// Two threads over one engagement file: the calling thread parses the first half and feeds `body`; a
/// helper thread parses the rest into chunks of rows that the calling thread hands to `body` between its own
/// batches (so `body` only ever runs on the calling thread). Memory stays bounded: at most `maxChunks` chunks wait.
///
/// Where the parts meet, B: the first line break after that point that is outside quotes — in well-formed CSV,
/// one preceded by an even number of quote characters, which the helper counts first (`memchr`, fast) while the
/// calling thread starts. The calling thread reads up to the first record that starts at or after that point and
/// checks that it is B; if quotes do not pair up (a stray quote, which `.skip` tolerates), it is not, and the pass
/// ends with an error asking for one thread. Lines of the second part are counted from 1 and shifted once the
/// first part knows the line at B; so are the helper's rejected rows, which are listed after the first part's —
/// the rejects file is in file order. (Until then the helper keeps its rejected rows in memory: under `.skip`,
/// memory grows with the number of bad rows in the second part, never with good ones.)
extension EngagementFile {
    /// The part of the file the calling thread parses itself.
    static let callingThreadShare = 0.5

    /// Returns the accounting and whether the file was read in two parts, or `nil` when the file is too small to
    /// split (the caller reads it alone).
    func forEachRowInParallel(firstPass: Bool, _ body: (UnsafeBufferPointer<EngagementRow>) throws -> Void) throws
        -> (FileAccounting, split: Bool)? {
        let reader = try CSVReader(path: path)
        _ = try reader.next()
        let dataStart = reader.offset
        let size = reader.fileSize()
        guard size - dataStart >= max(options.minimumParallelBytes, 2) else { return nil }
        // The calling thread also hands every row of both halves to `body`. That made it the bottleneck when rows
        // came one call each (it took 42% then); in runs they cost little, and an even split was faster in all six
        // alternated `churncast score` runs on 1M customers (snapshot phase 1.27–1.72 s against 1.45–1.77 s).
        let middle = dataStart + Int(Double(size - dataStart) * Self.callingThreadShare)

        let helper = EngagementHelper(file: self, middle: middle, size: size)
        let thread = Thread { helper.run() }
        thread.stackSize = 1 << 20
        thread.start()
        defer { helper.cancelAndWait() }

        reader.stopOffset = middle
        let drain = { () throws -> Void in
            for chunk in helper.takeChunks() { try chunk.withUnsafeBufferPointer(body) }
        }
        let first = loop(firstPass: firstPass)
        var counts = try scan(reader, loop: first, afterBatch: drain, body)
        guard let boundary = helper.waitForBoundary() else {
            // No line break outside quotes after the middle: read the rest here.
            reader.stopOffset = nil
            counts.add(try scan(reader, loop: first, afterBatch: drain, body))
            return (counts, false)
        }
        if reader.offset < boundary {
            reader.stopOffset = boundary
            counts.add(try scan(reader, loop: first, afterBatch: drain, body))
        }
        guard reader.offset == boundary else {
            throw IngestError.invalidValue(
                SourceLocation(file: path, line: reader.nextLine, column: 1),
                expected: "quote characters that pair up, as the file is read in two parts (or CHURNCAST_THREADS=1)",
                found: "a stray quote before this line")
        }
        let lineShift = reader.nextLine - 1
        while let chunk = helper.takeChunk() { try chunk.withUnsafeBufferPointer(body) }
        let (second, rejected, failure) = helper.result()
        for (error, line, raw) in rejected {
            try first.reject(error.shiftingLines(by: lineShift), line + lineShift, raw)
        }
        if let failure { throw failure.shiftingLines(by: lineShift) }
        counts.add(second)
        return (counts, true)
    }
}

/// The helper thread's side of `forEachRowInParallel`: decides whether the split is sound, parses the second
/// half into chunks, keeps its rejected rows, and stops early when cancelled.
///
/// `@unchecked Sendable`: its mutable state is guarded by `condition`, and of the file it reads only `let`s.
final class EngagementHelper: @unchecked Sendable {
    static let chunkRows = 8192
    static let maxChunks = 8

    private let file: EngagementFile
    private let middle: Int
    private let size: Int
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var chunks: [[EngagementRow]] = []
    private var decided = false
    private var boundary: Int?
    private var finished = false
    private var cancelled = false
    private var counts = FileAccounting(file: "")
    private var rejected: [(IngestError, Int, String)] = []
    private var failure: IngestError?

    init(file: EngagementFile, middle: Int, size: Int) {
        self.file = file
        self.middle = middle
        self.size = size
    }

    func run() {
        let found = try? Self.boundary(path: file.path, after: middle, size: size)
        condition.lock()
        decided = true
        boundary = found ?? nil
        if boundary == nil { finished = true }
        condition.broadcast()
        condition.unlock()
        guard let boundary = found ?? nil else { return }

        var chunk: [EngagementRow] = []
        chunk.reserveCapacity(Self.chunkRows)
        var rejected: [(IngestError, Int, String)] = []
        var failure: IngestError?
        var counts = FileAccounting(file: file.path)
        do {
            let reader = try CSVReader(path: file.path, byteRange: boundary..<size, firstLine: 1)
            let loop = RecordLoop(file: file.path, skips: file.rejects.skips) { error, line, raw in
                if !self.file.rejects.skips { throw error }
                rejected.append((error, line, raw))
            }
            counts = try file.scan(reader, loop: loop, afterBatch: {
                if chunk.count >= Self.chunkRows - EngagementFile.plainRunSize {
                    guard self.push(chunk) else { throw CancellationError() }
                    chunk.removeAll(keepingCapacity: true)
                }
            }) { chunk.append(contentsOf: $0) }
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
    private func push(_ chunk: [EngagementRow]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= Self.maxChunks && !cancelled { condition.wait() }
        if cancelled { return false }
        if !chunk.isEmpty { chunks.append(chunk) }
        condition.broadcast()
        return true
    }

    /// The chunks queued so far, without waiting.
    func takeChunks() -> [[EngagementRow]] {
        condition.lock()
        defer { condition.unlock() }
        let taken = chunks
        chunks.removeAll()
        condition.broadcast()
        return taken
    }

    /// The next chunk, waiting for one; `nil` once the helper has finished and nothing is left.
    func takeChunk() -> [EngagementRow]? {
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

    /// The second half's accounting, its rejected rows (lines counted from the boundary) and, under `.stop`, its
    /// first error. Call after `takeChunk()` returned `nil`.
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

    /// The offset after the first line feed at or after `middle` that has an even number of quote characters
    /// before it (outside quotes, in well-formed CSV); `nil` if there is none.
    static func boundary(path: String, after middle: Int, size: Int) throws -> Int? {
        var evenQuotes = try CSVReader(path: path, byteRange: 0..<middle, firstLine: 1).countByte(0x22) % 2 == 0
        let reader = try CSVReader(path: path, byteRange: middle..<size, firstLine: 1)
        return try reader.offsetAfterLineFeed { byte in
            if byte == 0x22 { evenQuotes.toggle() }
            return byte == 0x0A && evenQuotes
        }.map { middle + $0 }
    }
}
