import Testing
@testable import Ingest

/// The two-thread activity scan (`ActivityFile+Parallel`) is a fast path of the one-thread scan: it must give the
/// same rows (as a multiset), the same accounting, the same rejects file line for line, and under `.stop` the same
/// first error. The reference is the one-thread pass over the same file.
@Suite struct ParallelActivityTests {
    static let customers = "customer_id,segment\n" + (0..<50).map { "C\($0),x" }.joined(separator: "\n") + "\n"

    /// Random order rows, some bad (unknown customer, bad amount), some with a quoted note holding a comma or a
    /// line break (the general path), some with decimals.
    static func orders(seed: UInt64, rows: Int, badEvery: Int) -> String {
        var g = SplitMix(seed: seed)
        var lines = ["customer_id,date,orders,revenue,note"]
        for i in 0..<rows {
            let bad = badEvery > 0 && i % badEvery == badEvery - 1
            let id = bad && g.next() % 2 == 0 ? "X\(i)" : "C\(g.next() % 50)"
            let revenue = bad ? "1.2.3" : "\(g.next() % 90).\(g.next() % 100)"
            let note = ["", "\"a, b\"", "\"two\nlines\"", "plain", ""][Int(g.next() % 5)]
            lines.append("\(id),2024-03-\(10 + g.next() % 19),\(g.next() % 3),\(revenue),\(note)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    typealias Outcome = ParallelScanOutcome

    /// The loaded orders.csv read on `threads` threads (split at any size).
    static func file(_ orders: String, threads: Int, policy: BadRowPolicy) throws -> ActivityFile {
        let dir = TestFiles.folder()
        _ = TestFiles.write(customers, name: "customers.csv", in: dir)
        _ = TestFiles.write(orders, name: "orders.csv", in: dir)
        let paths = ExportPaths(dataDirectory: dir)
        let loaded = try ExportLoader(policy: policy, threads: threads).load(paths)
        let file = try #require(loaded.engagement.activity)
        file.minimumParallelBytes = 0
        #expect(file.threads == threads)
        return file
    }

    static func run(_ orders: String, threads: Int, expectSplit: Bool = true) throws -> Outcome {
        let rejectsPath = TestFiles.folder() + "/rejects.csv"
        let file = try file(orders, threads: threads, policy: .skip(rejectsPath: rejectsPath))
        var rows: [String: Int] = [:]
        try file.forEachBatch { r in
            for i in 0..<r.count {
                let values = (0..<r.channelCount).map { r.values[i * r.channelCount + $0] }
                rows["\(r.customers[i]) \(r.days[i]) \(values)", default: 0] += 1
            }
        }
        #expect(file.lastPassSplit == (threads == 2 && expectSplit))
        return try Outcome(rows: rows, accounting: file.accounting, file: "orders.csv", rejectsPath: rejectsPath)
    }

    @Test(arguments: [1 as UInt64, 2, 3])
    func sameAsOneThread(seed: UInt64) throws {
        let text = Self.orders(seed: seed, rows: 3000, badEvery: 37)
        let one = try Self.run(text, threads: 1), two = try Self.run(text, threads: 2)
        #expect(one.rows == two.rows)
        #expect(one.accounting == two.accounting)
        #expect(one.rejects == two.rejects)
        // 3000 rows, every 37th bad: 81 rejected, listed in file order with their lines.
        #expect(one.accounting == FileAccounting(file: "orders.csv", read: 3000, used: 2919, rejected: 81))
        #expect(one.rejects.count == 81)
    }

    @Test func boundaryInsideAQuotedFieldMovesPastIt() throws {
        // One quoted note of many lines spans the middle of the file.
        let big = "\"" + (0..<400).map { "line \($0), still quoted" }.joined(separator: "\n") + "\""
        let text = Self.orders(seed: 9, rows: 50, badEvery: 0) + "C1,2024-03-01,1,2.5,\(big)\n"
            + Self.orders(seed: 10, rows: 50, badEvery: 7).split(separator: "\n", maxSplits: 1)[1]
        let one = try Self.run(text, threads: 1), two = try Self.run(text, threads: 2)
        #expect(one.rows == two.rows)
        #expect(one.accounting == two.accounting)
        #expect(one.rejects == two.rejects)
        #expect(one.accounting == FileAccounting(file: "orders.csv", read: 101, used: 94, rejected: 7))
    }

    @Test func stopModeReportsTheFirstErrorInFileOrder() throws {
        // One line per record, so that element i is line i + 1.
        var lines = ["customer_id,date,orders,revenue,note"]
            + (0..<2000).map { "C\($0 % 50),2024-03-\(10 + $0 % 19),\($0 % 3),\($0 % 90).5,plain" }
        // A bad amount late in the second half only, then also one early in the first half.
        let late = lines.count - 10
        lines[late] = "C1,2024-03-10,1,abc,"
        func error(threads: Int) throws -> String? {
            let file = try Self.file(lines.joined(separator: "\n") + "\n", threads: threads, policy: .stop)
            return (thrownError { try file.forEachBatch { _ in } } as? IngestError)?.description
        }
        for threads in [1, 2] {
            let message = try error(threads: threads)
            #expect(message?.contains("orders.csv, line \(late + 1), column 4 (revenue)") == true,
                    "\(threads): \(String(describing: message))")
        }
        lines[3] = "C1,2024-03-10,x,1,"
        for threads in [1, 2] {
            let message = try error(threads: threads)
            #expect(message?.contains("orders.csv, line 4, column 3 (orders)") == true,
                    "\(threads): \(String(describing: message))")
        }
    }
}
