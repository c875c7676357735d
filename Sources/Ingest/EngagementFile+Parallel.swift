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
    /// Rows per chunk the helper thread hands over.
    static let chunkRows = 8192

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

        let helper = SecondHalfReader<[EngagementRow]>(path: path, skips: rejects.skips, middle: middle, size: size) {
            reader, loop, push in
            var chunk: [EngagementRow] = []
            chunk.reserveCapacity(Self.chunkRows)
            let counts = try self.scan(reader, loop: loop, afterBatch: {
                if chunk.count >= Self.chunkRows - EngagementFile.plainRunSize {
                    try push(chunk)
                    chunk.removeAll(keepingCapacity: true)
                }
            }) { chunk.append(contentsOf: $0) }
            if !chunk.isEmpty { try push(chunk) }
            return counts
        }
        let first = loop(firstPass: firstPass)
        return try helper.read(from: reader, loop: first, scanFirst: { reader, afterRun in
            try scan(reader, loop: first, afterBatch: afterRun, body)
        }, hand: { chunk in try chunk.withUnsafeBufferPointer(body) })
    }
}
