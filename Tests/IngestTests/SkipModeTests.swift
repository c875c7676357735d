import Testing
@testable import Ingest
import TestSupport

/// `.skip`: bad rows are left out and listed in the rejects file; per file, rows read = used + rejected exactly.
@Suite struct SkipModeTests {
    static let customers = #"""
        customer_id,signup_date,churn_date,plan
        C1,2024-01-01,,pro
        C2,2024-01-02,2023-12-31,basic
        C3,2024-01-03,,basic
        C4,2024-13-01,,pro
        C3,2024-02-03,,team
        C5,2024-01-05,,"a"b"
        C6,2024-01-06,,team

        """#
    // Used: C1, C6. Rejected: C2 (churn before signup), C4 (month 13), both C3 rows (duplicate id), C5 (stray quote).

    static let nps = #"""
        customer_id,date,score,comment
        C1,2024-03-01,9,"fine, ""really"""
        C3,2024-03-01,8,
        C6,2024-03-02,11,
        C6,2024-03-03,0,"two
        lines"
        C1,2024-03-04,"7"

        """#
    // Used: lines 2, 5 (spans 5-6). Rejected: line 3 (C3 was rejected from customers), line 4 (11), line 7 (3 fields).

    static let engagement = #"""
        customer_id,date,likes,shares,comments,dms
        C1,2024-03-01,1,0,0,0
        C6,2024-03-01T12:00:00Z,0,2,0,0
        C9,2024-03-01,1,1,1,1
        C1,2024-03-02,-5,0,0,0
        C6,2024-03-03,0,0,0,3
        C1,2024-03-04,0,0,"x"x,0

        """#
    // Used: lines 2, 3, 6. Rejected: 4 (unknown C9), 5 (negative), 7 (text after a closing quote).

    @Test func accountingIsExactAndRejectsAreListed() throws {
        let paths = writeExports(customers: Self.customers, nps: Self.nps, engagement: Self.engagement)
        let rejectsPath = TestFiles.folder() + "/rejects.csv"
        let exports = try ExportLoader(policy: .skip(rejectsPath: rejectsPath)).load(paths)
        #expect(exports.customers.ids == ["C1", "C6"])
        #expect(exports.customers.categoricalAttributes[0].values == ["pro", "team"])
        #expect(exports.nps == [NPSResponse(customer: 0, day: day("2024-03-01"), score: 9),
                                NPSResponse(customer: 1, day: day("2024-03-03"), score: 0)])
        #expect(!exports.isAccountingComplete)
        #expect(try allRows(exports.engagement).map(\.customer) == [0, 1, 1])
        #expect(exports.accounting == [
            FileAccounting(file: paths.customers, read: 7, used: 2, rejected: 5),
            FileAccounting(file: paths.nps, read: 5, used: 2, rejected: 3),
            FileAccounting(file: paths.engagement, read: 6, used: 3, rejected: 3),
        ])
        #expect(exports.accounting.allSatisfy { $0.isBalanced })

        let rejects = try CSVTable.read(path: rejectsPath)
        #expect(rejects.header == ["source_file", "line", "reason", "raw_row"])
        let c = paths.customers, n = paths.nps, e = paths.engagement
        #expect(rejects.rows.map { Array($0[0...1]) } == [
            [c, "3"], [c, "5"], [c, "7"], [c, "4"], [c, "6"],
            [n, "3"], [n, "4"], [n, "7"],
            [e, "4"], [e, "5"], [e, "7"],
        ])
        #expect(rejects.rows[0][2] == "column 3 (churn_date): expected a churn date on or after the signup date "
            + "2024-01-02, found 2023-12-31")
        #expect(rejects.rows[0][3] == "C2,2024-01-02,2023-12-31,basic")
        #expect(rejects.rows[2][3] == "C5,2024-01-05,,\"a\"b\"")
        #expect(rejects.rows[3][2] == "customer_id \"C3\" on line 6 was already listed on line 4; expected unique customer ids")
        #expect(rejects.rows[5][2] == "column 1 (customer_id): expected a customer_id listed in customers.csv, found \"C3\"")
        #expect(rejects.rows[7][2] == "expected 4 fields (as in the header), found 3")
        #expect(rejects.rows[9][3] == "C1,2024-03-02,-5,0,0,0")

        // A second pass gives the same rows and lists nothing twice.
        #expect(try allRows(exports.engagement).count == 3)
        #expect(try CSVTable.read(path: rejectsPath).rows.count == 11)
    }

    @Test func completeAccountingStreamsEngagementOnce() throws {
        let paths = writeExports(customers: Self.customers, nps: Self.nps, engagement: Self.engagement)
        let rejectsPath = TestFiles.folder() + "/rejects.csv"
        let exports = try ExportLoader(policy: .skip(rejectsPath: rejectsPath)).load(paths)
        let accounting = try exports.completeAccounting()
        #expect(accounting.map(\.read) == [7, 5, 6])
        #expect(try CSVTable.read(path: rejectsPath).rows.count == 11)
    }

    @Test func stopModeStopsAtFirstBadRow() {
        let paths = writeExports(customers: Self.customers, nps: Self.nps, engagement: Self.engagement)
        let error = thrownError { _ = try ExportLoader().load(paths) } as? IngestError
        #expect(error?.description == "\(paths.customers), line 3, column 3 (churn_date): expected a churn date on "
            + "or after the signup date 2024-01-02, found 2023-12-31")
    }
}
