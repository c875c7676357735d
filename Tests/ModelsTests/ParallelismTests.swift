import Foundation
import Support
import Testing

/// The one parallel helper (`Parallelism`) and its users give the same result for any thread count.
@Suite struct ParallelismTests {
    @Test(arguments: [0, 1, 2, 7, 100])
    func forEachVisitsEveryIndexOnceForOneAndThreeThreads(count: Int) {
        // Each index writes its own square: the known answer is i² at i, whatever the threads.
        for threads in [1, 3] {
            var out = [Int](repeating: -1, count: count)
            out.withUnsafeMutableBufferPointer { buffer in
                let base = buffer.baseAddress
                Parallelism.forEach(count, threads: threads) { i in base![i] = i * i }
            }
            #expect(out == (0..<count).map { $0 * $0 })
        }
    }

    @Test(arguments: [0, 1, 2, 7, 100])
    func forEachRangeCoversTheRangeInContiguousPieces(count: Int) {
        for threads in [1, 3] {
            // Every index is marked with the start of the piece that covered it.
            var owner = [Int](repeating: -1, count: count)
            owner.withUnsafeMutableBufferPointer { buffer in
                let base = buffer.baseAddress
                Parallelism.forEachRange(count, threads: threads) { range in
                    for i in range { base![i] = range.lowerBound }
                }
            }
            #expect(!owner.contains(-1))
            #expect(owner == owner.sorted())
            #expect(Set(owner).count == min(threads, count))
        }
    }

    @Test func csvBlocksAreTheSameBytesForOneAndThreeThreads() throws {
        // 40,000 rows: three blocks of `CSVBlockWriter.blockRows` (16,384) and a partial one, so three threads
        // format blocks side by side. The reference is the plain sequential text, built here by hand.
        let rows = 40_000
        let expected = (0..<rows).map { "\($0),x\($0 % 7)\n" }.joined()
        for threads in [1, 3] {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("par-\(threads)-\(UUID()).csv").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            try AtomicFile.write(to: path) { sink in
                try CSVBlockWriter.write(rows: rows, to: &sink, threads: threads) { range, w in
                    for i in range { w.field(i); w.field("x\(i % 7)"); w.endLine() }
                }
            }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        }
    }
}
