import Foundation

/// The helper thread of a file read in two parts (`EngagementFile+Parallel`, `ActivityFile+Parallel`): decides
/// whether the split is sound, parses the second half into chunks for the calling thread, keeps its rejected rows
/// (lines counted from 1 at the boundary) and its first error, and stops early when cancelled.
///
/// Where the parts meet, B: the first line break after the middle that is outside quotes — in well-formed CSV, one
/// preceded by an even number of quote characters, which `run` counts first (`memchr`, fast) while the calling
/// thread starts. Memory stays bounded: at most `maxChunks` chunks wait.
///
/// `@unchecked Sendable`: its mutable state is guarded by `condition`; `scan` only touches what it owns.
final class SecondHalfReader<Chunk>: @unchecked Sendable {
    /// Reads every record of the reader (the second half) through the loop, handing the valid rows on in chunks
    /// through `push` (which throws when cancelled), the last partial one included; returns the accounting.
    typealias Scan = (CSVReader, RecordLoop, _ push: (Chunk) throws -> Void) throws -> FileAccounting

    static var maxChunks: Int { 8 }

    private let path: String
    private let skips: Bool
    private let middle: Int
    private let size: Int
    private let scan: Scan
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var chunks: [Chunk] = []
    private var decided = false
    private var boundary: Int?
    private var finished = false
    private var cancelled = false
    private var counts = FileAccounting(file: "")
    private var rejected: [(IngestError, Int, String)] = []
    private var failure: IngestError?

    /// `skips`: true under `.skip` (bad rows are kept for the calling thread to list), else the first one ends
    /// the second half.
    init(path: String, skips: Bool, middle: Int, size: Int, scan: @escaping Scan) {
        self.path = path
        self.skips = skips
        self.middle = middle
        self.size = size
        self.scan = scan
    }

    /// Starts `run` on a thread of its own.
    func start() {
        let thread = Thread { self.run() }
        thread.stackSize = 1 << 20
        thread.start()
    }

    func run() {
        let found = try? Self.boundary(path: path, after: middle, size: size)
        condition.lock()
        decided = true
        boundary = found ?? nil
        if boundary == nil { finished = true }
        condition.broadcast()
        condition.unlock()
        guard let boundary = found ?? nil else { return }

        var rejected: [(IngestError, Int, String)] = []
        var failure: IngestError?
        var counts = FileAccounting(file: path)
        do {
            let reader = try CSVReader(path: path, byteRange: boundary..<size, firstLine: 1)
            let skips = skips
            let loop = RecordLoop(file: path, skips: skips) { error, line, raw in
                if !skips { throw error }
                rejected.append((error, line, raw))
            }
            counts = try scan(reader, loop) { chunk in
                guard self.push(chunk) else { throw CancellationError() }
            }
        } catch let error as IngestError {
            failure = error
        } catch {
            // Cancelled, or the file became unreadable (the first half reports that too).
        }
        condition.lock()
        self.counts = counts
        self.rejected = rejected
        self.failure = failure
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Queues a chunk, waiting while `maxChunks` are queued; false when cancelled.
    private func push(_ chunk: Chunk) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= Self.maxChunks && !cancelled { condition.wait() }
        if cancelled { return false }
        chunks.append(chunk)
        condition.broadcast()
        return true
    }

    /// The chunks queued so far, without waiting.
    func takeChunks() -> [Chunk] {
        condition.lock()
        defer { condition.unlock() }
        let taken = chunks
        chunks.removeAll()
        condition.broadcast()
        return taken
    }

    /// The next chunk, waiting for one; `nil` once the helper has finished and nothing is left.
    func takeChunk() -> Chunk? {
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

extension SecondHalfReader {
    /// Reads the file in two parts and returns the pass's accounting and whether it was split: starts the helper,
    /// reads the first half from `reader` (positioned at the first data record) with `scanFirst`, whose
    /// `afterRun` hands the helper's chunks so far to `hand`; then up to the boundary, then the helper's last
    /// chunks; then lists the helper's rejected rows and throws its error, lines shifted, after the first half's.
    /// Without a boundary the calling thread reads the rest itself; when the first half does not end at it (quotes
    /// that do not pair up), the pass ends with an error asking for one thread.
    func read(from reader: CSVReader, loop first: RecordLoop,
              scanFirst: (CSVReader, _ afterRun: () throws -> Void) throws -> FileAccounting,
              hand: (Chunk) throws -> Void) throws -> (FileAccounting, split: Bool) {
        try withoutActuallyEscaping(hand) { hand in
            try read(from: reader, loop: first, scanFirst: scanFirst, escapingHand: hand)
        }
    }

    /// `read` with `hand` in a form the drain closure may capture.
    private func read(from reader: CSVReader, loop first: RecordLoop,
                      scanFirst: (CSVReader, _ afterRun: () throws -> Void) throws -> FileAccounting,
                      escapingHand hand: @escaping (Chunk) throws -> Void) throws -> (FileAccounting, split: Bool) {
        start()
        defer { cancelAndWait() }
        let drain = { [self] () throws -> Void in for chunk in takeChunks() { try hand(chunk) } }
        reader.stopOffset = middle
        var counts = try scanFirst(reader, drain)
        guard let boundary = waitForBoundary() else {
            reader.stopOffset = nil  // no line break outside quotes after the middle: read the rest here
            counts.add(try scanFirst(reader, drain))
            return (counts, false)
        }
        if reader.offset < boundary {
            reader.stopOffset = boundary
            counts.add(try scanFirst(reader, drain))
        }
        guard reader.offset == boundary else {
            throw IngestError.invalidValue(
                SourceLocation(file: path, line: reader.nextLine, column: 1),
                expected: "quote characters that pair up, as the file is read in two parts (or CHURNCAST_THREADS=1)",
                found: "a stray quote before this line")
        }
        let lineShift = reader.nextLine - 1
        while let chunk = takeChunk() { try hand(chunk) }
        let (second, rejected, failure) = result()
        for (error, line, raw) in rejected {
            try first.reject(error.shiftingLines(by: lineShift), line + lineShift, raw)
        }
        if let failure { throw failure.shiftingLines(by: lineShift) }
        counts.add(second)
        return (counts, true)
    }
}
