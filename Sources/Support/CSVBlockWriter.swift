/// Writes many CSV rows with the formatting split over threads (`CHURNCAST_THREADS`, else 2): rows are formatted in
/// blocks, one block per thread at a time, and the blocks are written in order, so the bytes are those of a
/// sequential write whatever the thread count. Formatting numbers is most of the cost of a large CSV; memory stays
/// at one block of text per thread.
public enum CSVBlockWriter {
    /// Rows per block.
    public static let blockRows = 16_384

    /// Calls `format` for blocks of `0..<rows` (each block with its own writer, possibly on another thread) and
    /// writes the text to `sink` in row order. `format` must only read shared state.
    public static func write(rows: Int, to sink: inout FileSink, threads: Int = Parallelism.threads,
                             _ format: (Range<Int>, inout CSVWriter) -> Void) throws {
        precondition(threads >= 1, "threads must be at least 1")
        var start = 0
        while start < rows {
            let ranges = (0..<threads).map { b in
                min(rows, start + b * blockRows)..<min(rows, start + (b + 1) * blockRows)
            }
            var texts = [[UInt8]](repeating: [], count: ranges.count)
            texts.withUnsafeMutableBufferPointer { out in
                let base = out.baseAddress!
                Parallelism.forEach(ranges.count, threads: ranges.count) { b in
                    guard !ranges[b].isEmpty else { return }
                    var w = CSVWriter()
                    format(ranges[b], &w)
                    base[b] = w.buffer
                }
            }
            for text in texts where !text.isEmpty { try sink.write(text) }
            start = ranges.last!.upperBound
        }
    }
}
