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
        if end == capacity || (transcoder != nil && capacity - end < 64) {
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
        if transcoder != nil {
            try fillDecoded()
        } else {
            let n = try read(into: buffer + end, min(capacity - end, fileEnd - fileOffset))
            if n == 0 { atEOF = true }
            end += n
        }
        if !checkedBOM && (end >= 3 || atEOF) {
            checkedBOM = true
            if end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { start = 3 }
            if transcoder == nil && end >= 2 && (buffer[0] == 0xFF && buffer[1] == 0xFE || buffer[0] == 0xFE && buffer[1] == 0xFF) {
                throw IngestError.encodingMismatch(file: path, found: String(format: "a UTF-16 byte-order mark (%02X %02X) at the start", buffer[0], buffer[1]),
                                                   option: "--encoding utf-16")
            }
        }
    }

    /// Reads up to `want` bytes of the file at `fileOffset` into `into`; returns how many (0 at the end).
    private func read(into: UnsafeMutablePointer<UInt8>, _ want: Int) throws -> Int {
        var n = 0
        if want > 0 {
            repeat { n = pread(fd, into, want, off_t(fileOffset)) } while n < 0 && errno == EINTR
            if n < 0 { throw FileError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        }
        fileOffset += n
        return n
    }

    /// `fill` for a file that is not UTF-8: reads raw bytes (as many as decode into the free space) and appends
    /// their UTF-8; reads again while a chunk decodes to nothing (a UTF-16 unit cut in two).
    private func fillDecoded() throws {
        let raw = rawBuffer!
        repeat {
            // At most the raw buffer's size: the record buffer grows for long records, the raw one does not.
            let want = min((capacity - end) / Transcoder.expansion - 4, rawCapacity, fileEnd - fileOffset)
            let n = try read(into: raw, want)
            if n == 0 { atEOF = true }
            end += try transcoder!.decode(UnsafeBufferPointer(start: raw, count: n), into: buffer + end,
                                          final: n == 0, file: path)
        } while !atEOF && end == start
    }

    /// The separator the header line (the buffered bytes up to the first line break outside quotes) uses most:
    /// `,` `;` tab or `|`, a comma on a tie; `nil` when it holds none.
    func headerSeparator() -> UInt8? {
        var counts = [Int](repeating: 0, count: ExportFormat.separators.count)
        var quoted = false
        var p = start
        if checkedBOM && p == 0 && end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { p = 3 }
        while p < end {
            let c = buffer[p]
            p += 1
            if c == Self.quote { quoted.toggle(); continue }
            if quoted { continue }
            if c == Self.lf { break }
            if let k = ExportFormat.separators.firstIndex(where: { $0.byte == c }) { counts[k] += 1 }
        }
        guard let best = counts.max(), best > 0 else { return nil }
        return ExportFormat.separators[counts.firstIndex(of: best)!].byte
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
