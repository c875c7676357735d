#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Support

/// The buffer: refilling it from the file, and the passes over its bytes that skip the record parser (the fast
/// path's whole lines, and the raw scans that split a file between threads).
extension CSVReader {
    // MARK: - Reading

    /// Moves the unparsed bytes to the front (growing the buffer when they fill it) and reads more.
    func fill() throws {
        if start > 0 {
            if end > start { memmove(buffer, buffer + start, end - start) }
            end -= start
            start = 0
        }
        if end == capacity {
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            bigger.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = bigger
            capacity *= 2
            guard capacity < Int(Int32.max) else {
                throw IngestError.invalidValue(SourceLocation(file: path, line: line, column: 1),
                                               expected: "records shorter than 1 GiB", found: "a longer record")
            }
        }
        let want = min(capacity - end, fileEnd - fileOffset)
        var n = 0
        if want > 0 {
            repeat { n = pread(fd, buffer + end, want, off_t(fileOffset)) } while n < 0 && errno == EINTR
            if n < 0 { throw FileError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        }
        if n == 0 { atEOF = true }
        fileOffset += n
        end += n
        if !checkedBOM && (end >= 3 || atEOF) {
            checkedBOM = true
            if end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { start = 3 }
        }
    }

    // MARK: - Whole lines straight from the buffer, for a caller's fused fast path

    /// Lets `body` consume plain records straight from the read buffer, skipping the general record parser: `body`
    /// gets the buffered bytes from the next record on and `limit`, the offset (in those bytes) at or after which no
    /// record may start (`stopOffset`), and returns how many records it consumed and their bytes. It must consume
    /// only whole records that each take one line ending in LF (or CR LF), with no quote in them — records that the
    /// general parser would read the same way; the lines are counted here. Returns the records consumed (0 when
    /// nothing is buffered: `next()` then reads on).
    func consumePlainLines(_ body: (UnsafeBufferPointer<UInt8>, _ limit: Int) throws -> (records: Int, bytes: Int))
        rethrows -> Int {
        guard checkedBOM, failedAt == nil, start < end else { return 0 }
        var limit = end - start
        if let stop = stopOffset { limit = min(limit, stop - (fileOffset - (end - start))) }
        guard limit > 0 else { return 0 }
        let (records, bytes) = try body(UnsafeBufferPointer(start: buffer + start, count: end - start), limit)
        precondition(bytes >= 0 && bytes <= end - start, "consumed more than was buffered")
        start += bytes
        line += records
        return records
    }

    // MARK: - Raw bytes (no CSV parsing), for splitting a file between threads

    /// The number of bytes equal to `byte` from the current position to the end of the range.
    func countByte(_ byte: UInt8) throws -> Int {
        var n = 0
        while true {
            var p = UnsafeRawPointer(buffer + start)
            let stop = UnsafeRawPointer(buffer + end)
            while p < stop, let hit = memchr(p, Int32(byte), stop - p) {
                n += 1
                p = UnsafeRawPointer(hit) + 1
            }
            start = end
            if atEOF { return n }
            try fill()
        }
    }

    /// The offset (from the start of the range) just after the first byte for which `isEnd` is true, or `nil`.
    /// `isEnd` sees every byte in order.
    func offsetAfterLineFeed(where isEnd: (UInt8) -> Bool) throws -> Int? {
        var scanned = 0
        while true {
            for i in start..<end where isEnd(buffer[i]) { return scanned + (i - start) + 1 }
            scanned += end - start
            start = end
            if atEOF { return nil }
            try fill()
        }
    }
}
