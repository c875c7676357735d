import Foundation
import Synthetic
import Testing
@testable import Ingest

/// The fast path for plain engagement records (`PlainEngagementLines`) against the general path alone
/// (`EngagementFile.Options.plainLines = false`): on the same file both must give the same rows in the same order, the same
/// accounting, the same rejected rows with the same messages and lines, and under `.stop` the same error. The
/// general path is the reference (it has its own tests with hand-worked answers); the fast path must be invisible.
@Suite struct PlainLinesDifferentialTests {
    struct Outcome: Equatable {
        var rows: [EngagementRow]
        var accounting: FileAccounting?
        var rejects: [[String]]
    }

    /// One `forEachBatch` pass under `.skip` through `ExportLoader`, rows sorted when two threads read.
    static func pass(_ paths: ExportPaths, threads: Int, plain: Bool) throws -> Outcome {
        let rejectsPath = TestFiles.folder() + "/rejects.csv"
        let exports = try ExportLoader(policy: .skip(rejectsPath: rejectsPath), threads: threads).load(paths)
        let engagement = exports.engagement.configured { $0.minimumParallelBytes = 0; $0.plainLines = plain }
        var rows: [EngagementRow] = []
        try engagement.forEachBatch { rows.append(contentsOf: $0) }
        if threads > 1 {
            rows.sort { ($0.customer, $0.day.index, $0.likes, $0.shares, $0.comments, $0.dms)
                < ($1.customer, $1.day.index, $1.likes, $1.shares, $1.comments, $1.dms) }
        }
        let rejects = try CSVTable.read(path: rejectsPath).rows.filter { $0[0].hasSuffix("engagement.csv") }
        return Outcome(rows: rows, accounting: engagement.accounting, rejects: rejects)
    }

    /// The description of the error a `.stop` pass throws (nil when none).
    static func stopError(_ paths: ExportPaths, threads: Int, plain: Bool) throws -> String? {
        let exports = try ExportLoader(policy: .stop, threads: threads).load(paths)
        let engagement = exports.engagement.configured { $0.minimumParallelBytes = 0; $0.plainLines = plain }
        return thrownError { try engagement.forEachBatch { _ in } }.map { "\($0)" }
    }

    /// Generated bases: clean, and messy (BOM, CRLF, reordered and extra columns, timestamps, no final newline)
    /// with planted bad rows.
    @Test(arguments: [(false, 0), (true, 40)])
    func generatedExports(messy: Bool, badRows: Int) throws {
        let dir = TestFiles.folder()
        let config = SyntheticConfig(customers: 300, seed: 11, messy: messy, badRows: badRows)
        try SyntheticGenerator(config).write(to: dir, threads: 1)
        var paths = ExportPaths(dataDirectory: dir)
        if badRows == 0 {
            // Stop mode needs valid customers and NPS; with planted bad rows those files fail first.
            for threads in [1, 2] {
                #expect(try Self.stopError(paths, threads: threads, plain: true) == nil)
            }
        }
        for threads in [1, 2] {
            let general = try Self.pass(paths, threads: threads, plain: false)
            let fast = try Self.pass(paths, threads: threads, plain: true)
            #expect(fast == general)
            #expect(general.rows.count > 5000)
            #expect(general.accounting?.isBalanced == true)
            if badRows > 0 { #expect(general.rejects.count >= 2) }
        }
        // Stop mode on the engagement file alone: clean customers and NPS from the same base.
        if badRows > 0 {
            let clean = TestFiles.folder()
            try SyntheticGenerator(SyntheticConfig(customers: 300, seed: 11, messy: messy)).write(to: clean, threads: 1)
            paths = ExportPaths(customers: clean + "/customers.csv", nps: clean + "/nps_responses.csv",
                                engagement: dir + "/engagement.csv")
            for threads in [1, 2] {
                let general = try Self.stopError(paths, threads: threads, plain: false)
                #expect(general != nil)
                #expect(try Self.stopError(paths, threads: threads, plain: true) == general)
            }
        }
    }

    // MARK: - Random records with every kind of quirk, read in small chunks

    static let numericCustomers = "customer_id,signup_date,churn_date\n"
        + (1...40).map { "C\($0),2024-01-01," }.joined(separator: "\n") + "\n"
    /// Ids that force the hash table: words, a space, one longer than 16 bytes, a quote and a comma (quoted).
    static let hashedIds = ["alice", "bob", "a b", "carol-the-customer-with-a-long-id", "C1", "d\"q", "e,f"]
    static let hashedCustomers = "customer_id,signup_date,churn_date\n"
        + hashedIds.map { "\(CSVQuote.field($0)),2024-01-01," }.joined(separator: "\n") + "\n"

    static let counts = ["0", "7", "007", "123456789", "1234567890", "2147483647", "2147483648", "-1", "+3", " 3",
                         "3 ", "3.0", "3.5", "", "\"4\"", "1e3", "4\t", "5\u{0}"]
    static let dates = ["2024-03-05", "2024-02-29", "2023-02-29", "2024-02-30", "2024-13-01", "2024-03-05T10:00:00Z",
                        "2024-03-05T10:00:00+05:30", " 2024-03-05", "2024-03-05 ", "2024-3-5", "", "\"2024-03-05\"",
                        "2024-03-0x", "20a4-03-05", "9999-12-31", "0000-01-01", "2024-03-05T25:00",
                        "1899-12-31", "1900-01-01", "1900-02-29", "2000-02-29", "2155-12-31", "2156-01-01", "2024-00-10",
                        "2024-12-31", "2024-12-32", "2024-04-31"]

    /// A random record: mostly plain, otherwise one quirk somewhere; `ids` are the known ids to draw from.
    static func record(_ g: inout SplitMix, ids: [String], extraColumn: Bool) -> String {
        func pick(_ a: [String]) -> String { a[Int(g.next() % UInt64(a.count))] }
        let plain = g.next() % 3 != 0
        var id = pick(ids)
        if !plain && g.next() % 4 == 0 {
            id = pick(["", " C1", "C1 ", "\"C2\"", "\"a\"\"b\"", "X9", "C41", "C01", "C\"3", "\"e,f\"", "d\"q", "a b"])
        } else if id.contains(",") || id.contains("\"") {
            id = CSVQuote.field(id)
        }
        var fields = [id, plain || g.next() % 3 != 0 ? "2024-03-\(10 + g.next() % 19)" : pick(dates)]
        for _ in 0..<4 { fields.append(plain || g.next() % 4 != 0 ? "\(g.next() % 12)" : pick(counts)) }
        if extraColumn { fields.insert(pick(["x", "", "\"a, b\"", "\"two\nlines\"", "\"\"\"q\"\"\"", "tab\there"]), at: 2) }
        if !plain && g.next() % 6 == 0 { fields.removeLast() }
        if !plain && g.next() % 6 == 0 { fields.append("9") }
        return fields.joined(separator: ",")
    }

    /// Lines joined with LF, CR LF or a mix, blank lines and bare CRs here and there, with or without a final
    /// line break.
    static func file(seed: UInt64, rows: Int, ids: [String], extraColumn: Bool) -> String {
        var g = SplitMix(seed: seed)
        // With the extra column the counts are in another order too (as in the messy layout).
        let header = extraColumn ? "customer_id,date,platform,dms,comments,shares,likes"
                                 : "customer_id,date,likes,shares,comments,dms"
        var text = header + "\n"
        for _ in 0..<rows {
            text += record(&g, ids: ids, extraColumn: extraColumn)
            switch g.next() % 20 {
            case 0: text += "\r\n"
            case 1: text += "\n\n"
            case 2: text += "\r\r\n"
            case 3: text += "\n\r\n"
            default: text += seed % 2 == 0 ? "\r\n" : "\n"
            }
        }
        if g.next() % 2 == 0, text.hasSuffix("\n") { text.removeLast(text.hasSuffix("\r\n") ? 2 : 1) }
        return text
    }

    /// `scan` over a reader with a small chunk (so records cross chunk ends), every reject collected.
    static func scan(_ paths: ExportPaths, chunkSize: Int, plain: Bool)
        throws -> (rows: [EngagementRow], counts: FileAccounting, rejects: [String]) {
        let exports = try ExportLoader(policy: .skip(rejectsPath: TestFiles.folder() + "/r.csv"), threads: 1)
            .load(paths)
        let file = exports.engagement.configured { $0.plainLines = plain }
        let reader = try CSVReader(path: paths.engagement, byteRange: nil, firstLine: 1, chunkSize: chunkSize)
        _ = try reader.next()
        var rows: [EngagementRow] = []
        var rejects: [String] = []
        let loop = RecordLoop(file: file.path, skips: true) { error, line, raw in
            rejects.append("\(line) \(raw.debugDescription) \(error)")
        }
        let counts = try file.scan(reader, loop: loop) { rows.append(contentsOf: $0) }
        return (rows, counts, rejects)
    }

    @Test(arguments: [(1 as UInt64, false, false), (2, false, true), (3, true, false), (4, true, true)])
    func randomQuirks(seed: UInt64, hashed: Bool, extraColumn: Bool) throws {
        let ids = hashed ? Self.hashedIds : (1...40).map { "C\($0)" }
        let text = Self.file(seed: seed, rows: 1500, ids: ids, extraColumn: extraColumn)
        let paths = writeExports(customers: hashed ? Self.hashedCustomers : Self.numericCustomers,
                                 nps: "customer_id,date,score\n", engagement: text)
        for chunkSize in [16, 61, 256, 1 << 16] {
            let general = try Self.scan(paths, chunkSize: chunkSize, plain: false)
            let fast = try Self.scan(paths, chunkSize: chunkSize, plain: true)
            #expect(fast.rows == general.rows, "chunk \(chunkSize)")
            #expect(fast.counts == general.counts, "chunk \(chunkSize)")
            #expect(fast.rejects == general.rejects, "chunk \(chunkSize)")
            #expect(general.counts.isBalanced && general.counts.used > 700 && general.counts.rejected > 100)
        }
        for threads in [1, 2] {
            // Two threads may refuse the file (a stray quote leaves no sound split): both paths then say the same.
            let fast = Result { try Self.pass(paths, threads: threads, plain: true) }.mapError { ErrorText(text: "\($0)") }
            let general = Result { try Self.pass(paths, threads: threads, plain: false) }.mapError { ErrorText(text: "\($0)") }
            #expect(fast == general)
            #expect(try Self.stopError(paths, threads: threads, plain: true)
                    == Self.stopError(paths, threads: threads, plain: false))
        }
    }

    /// Known answers for a few plain lines, so that the paths cannot agree on a wrong value.
    @Test func plainLinesKnownRows() throws {
        let paths = writeExports(customers: Self.numericCustomers, nps: "customer_id,date,score\n",
                                 engagement: "customer_id,date,likes,shares,comments,dms\n"
                                     + "C3,2024-03-01,1,2,3,4\nC40,2024-02-29,007,0,123456789,0\r\n"
                                     + "C1,2024-03-01T23:30:00-08:00,0,0,0,1\n")
        let (rows, counts, rejects) = try Self.scan(paths, chunkSize: 1 << 16, plain: true)
        // Day indices: 2024-03-01 is 19783 days after 1970-01-01 (Python: date(2024,3,1) - date(1970,1,1)).
        #expect(rows == [EngagementRow(customer: 2, day: Day(index: 19783), likes: 1, shares: 2, comments: 3, dms: 4),
                         EngagementRow(customer: 39, day: Day(index: 19782), likes: 7, shares: 0, comments: 123456789,
                                       dms: 0),
                         EngagementRow(customer: 0, day: Day(index: 19783), likes: 0, shares: 0, comments: 0, dms: 1)])
        #expect(counts == FileAccounting(file: paths.engagement, read: 3, used: 3, rejected: 0))
        #expect(rejects.isEmpty)

        // The fast path itself takes all three lines (and the general path is not what gave the rows above).
        let exports = try ExportLoader(threads: 1).load(paths)
        let plain = try #require(PlainEngagementLines(columns: exports.engagement.columns, customers: exports.customerIndex))
        let body = Array(try String(contentsOfFile: paths.engagement, encoding: .utf8).utf8.drop { $0 != 0x0A }.dropFirst())
        var parsed = [EngagementRow](repeating: EngagementRow(customer: 0, day: Day(index: 0), likes: 0, shares: 0,
                                                               comments: 0, dms: 0), count: 8)
        let (n, consumed) = body.withUnsafeBufferPointer { b in
            parsed.withUnsafeMutableBufferPointer { plain.parse(b, limit: b.count, into: $0.baseAddress!, capacity: 8) }
        }
        #expect(n == 3 && consumed == body.count)
        #expect(Array(parsed.prefix(3)) == rows)
        // It stops before a line it does not take (here a quoted count), leaving it to the general path.
        let quoted = Array("C3,2024-03-01,1,2,3,4\nC3,2024-03-01,\"1\",2,3,4\n".utf8)
        let stop = quoted.withUnsafeBufferPointer { b in
            parsed.withUnsafeMutableBufferPointer { plain.parse(b, limit: b.count, into: $0.baseAddress!, capacity: 8) }
        }
        #expect(stop.records == 1 && stop.bytes == 22)
    }
}

/// An error's text, to compare errors as values.
struct ErrorText: Error, Equatable { let text: String }

/// CSV quoting for test input: in quotes (quotes doubled) when the text holds a comma, quote or line break.
enum CSVQuote {
    static func field(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
