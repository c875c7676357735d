import Testing
@testable import Ingest
import TestSupport

/// Exports as real tools write them: BOM, CRLF, columns in another order with extra ones, quoted text holding commas,
/// quotes and line breaks, ISO timestamps with offsets, header names mapped onto the canonical ones. Every expected
/// value below is read off the fixture text by hand.
@Suite struct MessyExportTests {
    static let customers = [
        "Plan Tier,churn_date,seats,Account,signup_date,notes",
        "pro,,12,C1,2024-01-15,\"likes us, mostly\"",
        "basic,2024-09-30T00:00:00Z,,\"C,2\",2024-02-01,",
        "\"team \"\"big\"\"\",,3.5,C3,2024-03-10T08:15:00+05:30,\"multi",
        "line\"",
    ].joined(separator: "\r\n") + "\r\n"

    static let nps = [
        "Verbatim,Response Timestamp,Person ID,Score,channel",
        "\"Great, \"\"really\"\" great\nwould recommend\",2024-04-01T23:30:00-08:00,C1,10,email",
        ",2024-05-02 09:00:00,\"C,2\",6,web",
        "\"ok\",2024-06-03,C3,7.0,app",
    ].joined(separator: "\r\n")  // no final line break

    static let engagement = [
        "dms,Person ID,source,date,likes,shares,comments",
        "1,C1,twitter,2024-04-01,5,0,2",
        "0,\"C,2\",\"insta, stories\",2024-04-02T10:00:00.123Z,0,1,0",
        "",
        "2,C3,x,2024-04-03,0,0,0",
    ].joined(separator: "\r\n") + "\r\n"

    static let mapping = ColumnMapping([
        .customers: ["customer_id": "Account", "plan": "Plan Tier"],
        .nps: ["customer_id": "Person ID", "score": "Score", "date": "Response Timestamp", "comment": "Verbatim"],
        .engagement: ["customer_id": "Person ID"],
    ])

    @Test func readsEverythingAsWritten() throws {
        let paths = writeExports(customers: Self.customers, nps: Self.nps, engagement: Self.engagement, bom: true)
        let exports = try ExportLoader(mapping: Self.mapping).load(paths)
        let c = exports.customers
        #expect(c.ids == ["C1", "C,2", "C3"])
        #expect(c.signup == [day("2024-01-15"), day("2024-02-01"), day("2024-03-10")])
        #expect(c.churn == [nil, day("2024-09-30"), nil])
        #expect(c.numericAttributes.map(\.name) == ["seats"])
        let seats = c.numericAttributes[0].values
        #expect(seats[0] == 12 && seats[1].isNaN && seats[2] == 3.5)
        #expect(c.categoricalAttributes.map(\.name) == ["plan", "notes"])
        #expect(c.categoricalAttributes[0].values == ["pro", "basic", "team \"big\""])
        #expect(c.categoricalAttributes[1].values == ["likes us, mostly", "", "multi\r\nline"])

        // Timestamps are taken at the calendar date written (2024-04-01 despite -08:00).
        #expect(exports.nps == [NPSResponse(customer: 0, day: day("2024-04-01"), score: 10),
                                NPSResponse(customer: 1, day: day("2024-05-02"), score: 6),
                                NPSResponse(customer: 2, day: day("2024-06-03"), score: 7)])
        #expect(try allRows(exports.engagement) == [
            EngagementRow(customer: 0, day: day("2024-04-01"), likes: 5, shares: 0, comments: 2, dms: 1),
            EngagementRow(customer: 1, day: day("2024-04-02"), likes: 0, shares: 1, comments: 0, dms: 0),
            EngagementRow(customer: 2, day: day("2024-04-03"), likes: 0, shares: 0, comments: 0, dms: 2),
        ])
        #expect(exports.accounting == [
            FileAccounting(file: paths.customers, read: 3, used: 3, rejected: 0),
            FileAccounting(file: paths.nps, read: 3, used: 3, rejected: 0),
            FileAccounting(file: paths.engagement, read: 3, used: 3, rejected: 0),
        ])
    }

    @Test func sameExportsThroughTheCommandLineMapping() throws {
        let paths = writeExports(customers: Self.customers, nps: Self.nps, engagement: Self.engagement)
        let mapping = try ColumnMapping.parse(commandLine: [
            "customers.customer_id=Account,customers.plan=\"Plan Tier\"",
            "nps.score=Score, nps.date = Response Timestamp ,customer_id=\"Person ID\"",
        ])
        let exports = try ExportLoader(mapping: mapping).load(paths)
        #expect(exports.customers.ids == ["C1", "C,2", "C3"])
        #expect(exports.nps.map(\.score) == [10, 6, 7])
        #expect(try allRows(exports.engagement).count == 3)
    }

    @Test func missingMappedColumnListsTheHeader() {
        let paths = writeExports(customers: Self.customers, nps: Self.nps, engagement: Self.engagement)
        let error = thrownError { _ = try ExportLoader().load(paths) } as? IngestError
        #expect(error == .missingColumns(file: paths.customers, missing: ["\"customer_id\""],
                                         found: ["Plan Tier", "churn_date", "seats", "Account", "signup_date", "notes"]))
        #expect(error?.exitCode == .dataError)
        #expect(error?.description == "\(paths.customers): missing required column \"customer_id\"; found columns: "
            + "\"Plan Tier\", \"churn_date\", \"seats\", \"Account\", \"signup_date\", \"notes\" "
            + "(map export names with --map or churncast.json)")
    }
}
