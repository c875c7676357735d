import Foundation
import Synthetic
import Testing
@testable import Ingest

/// nps_responses.csv read alongside customers.csv (`NPSPrereader`, two threads) against the loader reading it
/// after (one thread), the reference with its own hand-worked tests: the same responses in the same order, the
/// same accounting and rejected rows, the same first error — and the early read really used on a clean file.
@Suite struct NPSPrereaderTests {
    struct Outcome: Equatable {
        var nps: [NPSResponse]
        var comments: NPSComments
        var accounting: [FileAccounting]
        var rejects: [[String]]
        var alongside: Bool
    }

    static func load(_ paths: ExportPaths, threads: Int) throws -> Outcome {
        let rejectsPath = TestFiles.folder() + "/rejects.csv"
        let exports = try ExportLoader(policy: .skip(rejectsPath: rejectsPath), threads: threads).load(paths)
        let accounting = try exports.completeAccounting()
        let rejects = try CSVTable.read(path: rejectsPath).rows
        return Outcome(nps: exports.nps, comments: exports.npsComments, accounting: accounting, rejects: rejects, alongside: exports.npsReadAlongside)
    }

    static func stopError(_ paths: ExportPaths, threads: Int) -> String? {
        thrownError { _ = try ExportLoader(policy: .stop, threads: threads).load(paths) }.map { "\($0)" }
    }

    @Test(arguments: [(false, 0), (true, 0), (true, 30)])
    func sameResponsesAsReadingAfterTheCustomers(messy: Bool, badRows: Int) throws {
        let dir = TestFiles.folder()
        try SyntheticGenerator(SyntheticConfig(customers: 400, seed: 5, messy: messy, badRows: badRows))
            .write(to: dir, threads: 1)
        let paths = ExportPaths(dataDirectory: dir)
        let after = try Self.load(paths, threads: 1)
        let alongside = try Self.load(paths, threads: 2)
        #expect(after.nps.count > 500)
        #expect(alongside.nps == after.nps)
        #expect(alongside.comments == after.comments && after.comments.count == after.nps.count)
        #expect(alongside.accounting == after.accounting)
        #expect(alongside.rejects == after.rejects)
        #expect(!after.alongside)
        // Clean exports (messy ones too: quoted comments and timestamps are plain valid values) are read early;
        // planted bad rows send the file back to the loader.
        #expect(alongside.alongside == (badRows == 0))
        #expect(Self.stopError(paths, threads: 2) == Self.stopError(paths, threads: 1))
    }

    /// Each kind of trouble the early read does not handle itself, one at a time, in an otherwise clean file:
    /// the error under `.stop` and the outcome under `.skip` are those of the loader.
    @Test(arguments: [
        "C2,2024-02-30,7,ok",                 // an impossible date
        "C2,2024-03-01,11,ok",                // a score out of range
        "C9,2024-03-01,7,ok",                 // a customer not in customers.csv
        "C2,2024-03-01,7",                    // a missing field
        "\"C\"\"2\",2024-03-01,7,ok",         // an id with doubled quotes
        "C2,2024-03-01,7,\"unterminated",     // malformed CSV
    ])
    func troubleGoesBackToTheLoader(badLine: String) throws {
        let nps = "customer_id,date,score,comment\nC1,2024-02-01,9,\"fine, thanks\"\n" + badLine + "\nC2,2024-04-01,3,\n"
        let paths = writeExports(customers: "customer_id,signup_date,churn_date\nC1,2023-01-01,\nC2,2023-02-01,\n",
                                 nps: nps, engagement: "customer_id,date,likes,shares,comments,dms\nC1,2024-01-05,1,0,0,0\n")
        #expect(Self.stopError(paths, threads: 2) != nil)
        #expect(Self.stopError(paths, threads: 2) == Self.stopError(paths, threads: 1))
        let after = try Self.load(paths, threads: 1)
        let alongside = try Self.load(paths, threads: 2)
        #expect(alongside == after)
        #expect(!alongside.alongside)
    }
}
