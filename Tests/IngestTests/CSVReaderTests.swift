import Testing
import Support
@testable import Ingest

@Suite struct CSVReaderTests {
    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let path = TestFiles.write("id,comment,score\nC1,\"fine, thanks\",9\nC2,\"she said \"\"wow\"\"\",10\nC3,\"two\nlines\",3\n")
        let rows = try records(path)
        #expect(rows.map(\.line) == [1, 2, 3, 4])
        #expect(rows[1].fields == ["C1", "fine, thanks", "9"])
        #expect(rows[2].fields == ["C2", "she said \"wow\"", "10"])
        #expect(rows[3].fields == ["C3", "two\nlines", "3"])
    }

    @Test func lineNumbersCountBreaksInsideQuotes() throws {
        let path = TestFiles.write("a,b\n1,\"x\n\ny\"\n2,z\n\n3,w")
        let rows = try records(path)
        // Record "1" starts on line 2 and spans lines 2-4; "2" is line 5; line 6 is blank; "3" is line 7.
        #expect(rows.map(\.line) == [1, 2, 5, 7])
        #expect(rows[3].fields == ["3", "w"])
    }

    @Test func crlfBomAndNoFinalNewline() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("customer_id,date\r\nC1,2025-01-02\r\n\"C,2\",2025-01-03".utf8)
        let rows = try records(TestFiles.write(bytes))
        #expect(rows.map(\.fields) == [["customer_id", "date"], ["C1", "2025-01-02"], ["C,2", "2025-01-03"]])
        #expect(rows.map(\.line) == [1, 2, 3])
    }

    @Test func emptyFieldsAndQuotedEmpty() throws {
        let rows = try records(TestFiles.write("a,b,c\n,,\n\"\",x,\n"))
        #expect(rows[1].fields == ["", "", ""])
        #expect(rows[2].fields == ["", "x", ""])
    }

    @Test func rawRowKeepsQuotes() throws {
        let reader = try CSVReader(path: TestFiles.write("C1,\"a \"\"b\"\"\",7\r\n"))
        let r = try #require(try reader.next())
        #expect(r.raw == "C1,\"a \"\"b\"\"\",7")
        #expect(r.hasEscapedQuotes(1) && !r.hasEscapedQuotes(0))
        #expect(Array(r.bytes(1)) == Array("a \"\"b\"\"".utf8))
        #expect(r.string(1) == "a \"b\"")
    }

    /// Random records serialised with RFC 4180 quoting must read back exactly, at any chunk size (which moves
    /// every chunk boundary through quotes, CR/LF pairs and the BOM). Ground truth: the generated fields.
    @Test func randomRecordsRoundTripAtEveryChunkSize() throws {
        var g = SplitMix(seed: 42)
        let alphabet: [String] = ["a", "b", "7", ",", "\"", "\n", "\r", "\r\n", " ", "é", "-", ""]
        for trial in 0..<40 {
            var expected: [(Int, [String])] = []
            var bytes: [UInt8] = trial % 3 == 0 ? [0xEF, 0xBB, 0xBF] : []
            var line = 1
            let crlf = trial % 2 == 1
            let recordCount = Int(g.next() % 20) + 1
            for r in 0..<recordCount {
                let fieldCount = Int(g.next() % 5) + 1
                var fields: [String] = []
                for _ in 0..<fieldCount {
                    let len = Int(g.next() % 6)
                    fields.append((0..<len).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] }.joined())
                }
                expected.append((line, fields))
                var text = fields.map { f -> String in
                    let special = f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")
                    return special || (fields.count == 1 && f.isEmpty)
                        ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
                }.joined(separator: ",")
                if r < recordCount - 1 || g.next() % 2 == 0 { text += crlf ? "\r\n" : "\n" }
                line += text.utf8.filter { $0 == 0x0A }.count
                bytes += Array(text.utf8)
            }
            let path = TestFiles.write(bytes)
            for chunk in [16, 17, 31, 64, 1 << 20] {
                let got = try records(path, chunkSize: chunk)
                #expect(got.map(\.fields) == expected.map(\.1), "trial \(trial) chunk \(chunk)")
                #expect(got.map(\.line) == expected.map(\.0), "trial \(trial) chunk \(chunk)")
            }
        }
    }

    @Test func longRecordGrowsTheBuffer() throws {
        let long = String(repeating: "x", count: 1000)
        let rows = try records(TestFiles.write("a,b\n\(long),\"\(long)\n\(long)\"\n"), chunkSize: 16)
        #expect(rows[1].fields == [long, long + "\n" + long])
    }

    // MARK: - Malformed input

    @Test func unterminatedQuoteNamesWhereItOpened() {
        let error = thrownError { _ = try records(TestFiles.write("a,b\n1,2\n3,\"open\n4,5\n")) }
        guard case .invalidValue(let at, let expected, let found)? = error as? IngestError else {
            Issue.record("got \(String(describing: error))"); return
        }
        #expect(at.line == 3 && at.column == 2)
        #expect(expected.contains("closing quote") && found == "the end of the file")
    }

    @Test func quoteInsideUnquotedField() {
        let error = thrownError { _ = try records(TestFiles.write("a,b\nC1,ab\"c\n")) } as? IngestError
        guard case .invalidValue(let at, _, let found)? = error else { Issue.record("no error"); return }
        #expect(at.line == 2 && at.column == 2 && found == "a quote inside an unquoted field")
        #expect(error!.description.hasSuffix("data.csv, line 2, column 2: expected a field without quotes, or one wholly in quotes (write \"\" for a quote), found a quote inside an unquoted field"))
        #expect(error!.exitCode == .dataError)
    }

    @Test func textAfterClosingQuote() {
        let error = thrownError { _ = try records(TestFiles.write("a,b\n\"x\"y,1\n")) } as? IngestError
        guard case .invalidValue(let at, let expected, let found)? = error else { Issue.record("no error"); return }
        #expect(at.line == 2 && at.column == 1 && expected.contains("after the closing quote") && found == "\"y\"")
    }

    @Test func nulByteRejected() {
        let error = thrownError { _ = try records(TestFiles.write([0x61, 0x0A, 0x62, 0x00, 0x0A])) } as? IngestError
        guard case .invalidValue(let at, _, let found)? = error else { Issue.record("no error"); return }
        #expect(at.line == 2 && at.column == 1 && found.contains("NUL"))
    }

    @Test func missingFileIsFileErrorMissing() {
        let error = thrownError { _ = try CSVReader(path: "/nonexistent/x.csv") } as? FileError
        #expect(error == .missing(path: "/nonexistent/x.csv"))
        #expect(error?.exitCode == .noInput)
    }
}

/// The seeded generator of the random tests (the package's SplitMix64).
typealias SplitMix = SplitMix64
