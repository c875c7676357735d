import Testing
@testable import Ingest

/// The two-thread engagement scan must give exactly what one thread gives: the same rows (as a multiset), the same
/// accounting, the same rejects file line for line, and under `.stop` the same first error.
@Suite struct ParallelEngagementTests {
    static let customers = "customer_id,signup_date,churn_date\n" + (0..<50).map { "C\($0),2024-01-01," }.joined(separator: "\n") + "\n"

    /// Random engagement rows, some bad, some with a quoted extra field holding commas or a line break.
    static func engagement(seed: UInt64, rows: Int, badEvery: Int, crlf: Bool = false) -> String {
        var g = SplitMix(seed: seed)
        var lines = ["customer_id,date,likes,shares,comments,dms,note"]
        for i in 0..<rows {
            let bad = badEvery > 0 && i % badEvery == badEvery - 1
            let id = bad && g.next() % 2 == 0 ? "X\(i)" : "C\(g.next() % 50)"
            let likes = bad ? "-1" : "\(g.next() % 9)"
            let note = ["", "\"a, b\"", "\"two\nlines\"", "plain", "\"\"\"q\"\"\""][Int(g.next() % 5)]
            lines.append("\(id),2024-03-\(10 + g.next() % 19),\(likes),\(g.next() % 3),0,\(g.next() % 2),\(note)")
            if g.next() % 97 == 0 { lines.append("") }
        }
        return lines.joined(separator: crlf ? "\r\n" : "\n") + "\n"
    }

    typealias Outcome = ParallelScanOutcome

    static func run(_ engagement: String, threads: Int, expectSplit: Bool = true) throws -> Outcome {
        let paths = writeExports(customers: customers, nps: "customer_id,date,score\n", engagement: engagement)
        let rejectsPath = TestFiles.folder() + "/rejects.csv"
        let exports = try ExportLoader(policy: .skip(rejectsPath: rejectsPath), threads: threads).load(paths)
        let engagement = exports.engagement.configured { $0.minimumParallelBytes = 0 }
        var rows: [String: Int] = [:]
        let split = try engagement.forEachRowTellingSplit { r in
            rows["\(r.customer) \(r.day) \(r.likes) \(r.shares) \(r.comments) \(r.dms)", default: 0] += 1
        }
        #expect(split == (threads == 2 && expectSplit))
        return try Outcome(rows: rows, accounting: engagement.accounting, file: "engagement.csv", rejectsPath: rejectsPath)
    }

    @Test(arguments: [(1 as UInt64, false), (2, true), (3, false)])
    func sameAsOneThread(seed: UInt64, crlf: Bool) throws {
        let text = Self.engagement(seed: seed, rows: 3000, badEvery: 37, crlf: crlf)
        let one = try Self.run(text, threads: 1), two = try Self.run(text, threads: 2)
        #expect(one.rows == two.rows)
        #expect(one.accounting == two.accounting)
        #expect(one.rejects == two.rejects)
        #expect(one.accounting?.rejected ?? 0 > 40 && one.accounting?.isBalanced == true)
    }

    @Test func boundaryInsideAQuotedFieldMovesPastIt() throws {
        // One quoted field of many lines spans the middle of the file.
        let big = "\"" + (0..<400).map { "line \($0), still quoted" }.joined(separator: "\n") + "\""
        let text = Self.engagement(seed: 9, rows: 50, badEvery: 0) + "C1,2024-03-01,1,1,1,1,\(big)\n"
            + Self.engagement(seed: 10, rows: 50, badEvery: 7).split(separator: "\n", maxSplits: 1)[1]
        let one = try Self.run(text, threads: 1), two = try Self.run(text, threads: 2)
        #expect(one.rows == two.rows)
        #expect(one.accounting == two.accounting)
        #expect(one.rejects == two.rejects)
        #expect(one.accounting == FileAccounting(file: "engagement.csv", read: 101, used: 94, rejected: 7))
    }

    @Test func strayQuoteFallsBackToOneThread() throws {
        // A quote inside an unquoted field (rejected under .skip) leaves an odd count: no sound boundary after it.
        var lines = ["customer_id,date,likes,shares,comments,dms,note"]
            + (0..<400).map { "C\($0 % 50),2024-03-\(10 + $0 % 19),\($0 % 7),0,1,0,plain" }
        lines[20] = "C1,2024-03-10,1,0,0,0,ab\"c"
        let text = lines.joined(separator: "\n") + "\n"
        let one = try Self.run(text, threads: 1), two = try Self.run(text, threads: 2, expectSplit: false)
        #expect(one.rows == two.rows)
        #expect(one.accounting == two.accounting)
        #expect(one.rejects == two.rejects)
        #expect(one.accounting == FileAccounting(file: "engagement.csv", read: 400, used: 399, rejected: 1))
    }

    @Test func stopModeReportsTheFirstErrorInFileOrder() throws {
        let good = Self.engagement(seed: 4, rows: 2000, badEvery: 0)
        var lines = good.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // A bad row late in the second half only, then also one early in the first half.
        let late = lines.count - 10
        lines[late] = "C1,2024-03-10,-5,0,0,0,"
        for threads in [1, 2] {
            let error = try Self.stopError(lines.joined(separator: "\n"), threads: threads)
            #expect(error?.description.hasSuffix("engagement.csv, line \(Self.lineOf(late, in: lines)), column 3 (likes): "
                + "expected \(FieldParser.countExpectation), found \"-5\"") == true, "\(threads): \(String(describing: error))")
        }
        lines[3] = "C1,2024-03-10,0,0,x,0,"
        for threads in [1, 2] {
            let error = try Self.stopError(lines.joined(separator: "\n"), threads: threads)
            #expect(error?.description.hasSuffix("engagement.csv, line \(Self.lineOf(3, in: lines)), column 5 (comments): "
                + "expected \(FieldParser.countExpectation), found \"x\"") == true, "\(threads): \(String(describing: error))")
        }
    }

    @Test func consumerErrorEndsThePass() throws {
        struct Stop: Error {}
        let paths = writeExports(customers: Self.customers, nps: "customer_id,date,score\n",
                                 engagement: Self.engagement(seed: 5, rows: 20000, badEvery: 0))
        let exports = try ExportLoader(threads: 2).load(paths)
        let engagement = exports.engagement.configured { $0.minimumParallelBytes = 0 }
        var seen = 0
        #expect(throws: Stop.self) { try engagement.forEachRow { _ in seen += 1; if seen == 15000 { throw Stop() } } }
        #expect(engagement.accounting == nil)
        #expect(try allRows(engagement).count == 20000)
    }

    /// The physical line of element `i` of `lines` (elements may hold line breaks inside quotes).
    static func lineOf(_ i: Int, in lines: [String]) -> Int {
        1 + lines[..<i].reduce(0) { $0 + 1 + $1.filter { $0 == "\n" }.count }
    }

    static func stopError(_ engagement: String, threads: Int) throws -> IngestError? {
        let paths = writeExports(customers: customers, nps: "customer_id,date,score\n", engagement: engagement)
        let exports = try ExportLoader(threads: threads).load(paths)
        let engagement = exports.engagement.configured { $0.minimumParallelBytes = 0 }
        return thrownError { _ = try allRows(engagement) } as? IngestError
    }
}
