import Foundation
import Testing
@testable import Support
import TestSupport

/// Rows formatted in blocks on two threads come out exactly as a sequential write would write them.
@Suite final class CSVBlockWriterTests {
    /// A fresh folder per test, removed after it.
    let temporary = TemporaryDirectory("cc-blocks")
    var dir: String { temporary.path }
    func row(_ i: Int, _ w: inout CSVWriter) {
        w.field("C\(i)"); w.field(Double(i) / 7); w.field(i % 3 == 0 ? "a, \"quoted\" one" : "plain"); w.endLine()
    }

    /// Sizes around the block boundaries: empty, one row, one block, two blocks and a bit, several rounds.
    @Test(arguments: [0, 1, CSVBlockWriter.blockRows, 2 * CSVBlockWriter.blockRows + 5, 5 * CSVBlockWriter.blockRows + 1])
    func sameBytesAsASequentialWrite(rows: Int) throws {
        var sequential = CSVWriter()
        for i in 0..<rows { row(i, &sequential) }
        let path = dir + "/out.csv"
        try AtomicFile.write(to: path) { sink in
            try CSVBlockWriter.write(rows: rows, to: &sink) { range, w in for i in range { row(i, &w) } }
        }
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == sequential.buffer)
    }
}
