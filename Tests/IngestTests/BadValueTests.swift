import Testing
import Support
@testable import Ingest

/// Each kind of bad value stops the load (default `.stop`, exit 65) with the file, line, column, what was expected
/// and what was found.
@Suite struct BadValueTests {
    enum Target { case customers, nps, engagement }

    /// Loads the minimal exports with `line` appended to one file and streams engagement; returns the error.
    static func error(adding line: String, to target: Target) -> IngestError? {
        let paths = writeExports(
            customers: MinimalExports.customers + (target == .customers ? line + "\n" : ""),
            nps: MinimalExports.nps + (target == .nps ? line + "\n" : ""),
            engagement: MinimalExports.engagement + (target == .engagement ? line + "\n" : ""))
        let error = thrownError {
            let exports = try ExportLoader().load(paths)
            _ = try allRows(exports.engagement)
        }
        return error as? IngestError
    }

    static func value(_ target: Target, line: Int, column: Int, name: String, expected: String, found: String)
        -> (String) -> IngestError {
        { file in .invalidValue(SourceLocation(file: file, line: line, column: column, columnName: name),
                                expected: expected, found: found) }
    }

    static let score = FieldParser.scoreExpectation
    static let count = FieldParser.countExpectation

    static let cases: [(String, Target, String, String)] = [
        // (appended line, file, expected description suffix after "<file>, line N, ", why)
        ("C1,2024-03-02,11", .nps, "line 3, column 3 (score): expected \(score), found \"11\"", "above 10"),
        ("C1,2024-03-02,-1", .nps, "line 3, column 3 (score): expected \(score), found \"-1\"", "negative"),
        ("C1,2024-03-02,7.5", .nps, "line 3, column 3 (score): expected \(score), found \"7.5\"", "fraction"),
        ("C1,2024-03-02,ten", .nps, "line 3, column 3 (score): expected \(score), found \"ten\"", "word"),
        ("C1,2024-03-02,", .nps, "line 3, column 3 (score): expected \(score), found an empty field", "empty"),
        ("C1,2025-02-30,5", .nps, "line 3, column 2 (date): expected a date that exists (2025-02 has 28 days), "
            + "found \"2025-02-30\"", "impossible date"),
        ("C1,2025-13-01,5", .nps, "line 3, column 2 (date): expected a date that exists (months run from 01 to 12), "
            + "found \"2025-13-01\"", "month 13"),
        ("C1,25/03/2025,5", .nps, "line 3, column 2 (date): expected \(Day.expectedFormat) (for dates like this one "
            + "pass --date-format DD/MM/YYYY), found \"25/03/2025\"",
         "other format"),
        ("C9,2024-03-02,5", .nps, "line 3, column 1 (customer_id): expected a customer_id listed in customers.csv, "
            + "found \"C9\"", "unknown customer"),
        ("C1,2024-03-02,-1,0,0,0", .engagement, "line 3, column 3 (likes): expected \(count), found \"-1\"",
         "negative count"),
        ("C1,2024-03-02,0,1.5,0,0", .engagement, "line 3, column 4 (shares): expected \(count), found \"1.5\"",
         "fractional count"),
        ("C1,2024-03-02,0,0,2147483648,0", .engagement,
         "line 3, column 5 (comments): expected \(count), found \"2147483648\"", "overflows Int32"),
        ("C1,2024-03-02,0,0,0,x", .engagement, "line 3, column 6 (dms): expected \(count), found \"x\"", "word"),
        ("C7,2024-03-02,0,0,0,1", .engagement, "line 3, column 1 (customer_id): expected a customer_id listed in "
            + "customers.csv, found \"C7\"", "unknown customer"),
        ("C1,2024-03-02,0,0,0", .engagement, "line 3: expected 6 fields (as in the header), found 5", "short row"),
        ("C3,2024-02-30,", .customers, "line 4, column 2 (signup_date): expected a date that exists (2024-02 has 29 "
            + "days), found \"2024-02-30\"", "impossible signup"),
        ("C3,2024-05-01,2024-04-30", .customers, "line 4, column 3 (churn_date): expected a churn date on or after "
            + "the signup date 2024-05-01, found 2024-04-30", "churn before signup"),
        (",2024-05-01,", .customers, "line 4, column 1 (customer_id): expected a non-empty customer_id, "
            + "found an empty field", "empty id"),
        ("C3,2024-05-01,\"x\"y", .customers, "line 4, column 3: expected a comma or the end of the line after the "
            + "closing quote, found \"y\"", "text after quote"),
        ("C3,2024-05-01,a\"b", .customers, "line 4, column 3: expected a field without quotes, or one wholly in "
            + "quotes (write \"\" for a quote), found a quote inside an unquoted field", "stray quote"),
    ]

    @Test(arguments: 0..<cases.count)
    func rejectedWithLocation(_ i: Int) throws {
        let (line, target, message, why) = Self.cases[i]
        let error = try #require(Self.error(adding: line, to: target), "\(why): no error")
        let file = ["customers.csv", "nps_responses.csv", "engagement.csv"][
            target == .customers ? 0 : target == .nps ? 1 : 2]
        #expect(error.description.hasSuffix("/\(file), \(message)"), "\(why): \(error.description)")
        #expect(error.exitCode == .dataError)
    }

    @Test func duplicateCustomerNamesBothLines() throws {
        let error = try #require(Self.error(adding: "C1,2024-05-01,", to: .customers))
        guard case .duplicateCustomer(let file, let id, let first, let second) = error else {
            Issue.record("got \(error)"); return
        }
        #expect(file.hasSuffix("customers.csv") && id == "C1" && first == 2 && second == 4)
        #expect(error.description.hasSuffix("customers.csv: customer_id \"C1\" on line 4 was already listed on "
            + "line 2; expected unique customer ids"))
    }

    /// customers.csv must be there (NPS and engagement may be absent from a folder: `OptionalExportTests`).
    @Test func missingFileIsExit66() {
        let dir = TestFiles.folder()
        _ = TestFiles.write(MinimalExports.engagement, name: "engagement.csv", in: dir)
        _ = TestFiles.write(MinimalExports.nps, name: "nps_responses.csv", in: dir)
        let error = thrownError { _ = try ExportLoader().load(ExportPaths(dataDirectory: dir)) } as? FileError
        #expect(error == .missing(path: dir + "/customers.csv"))
        #expect(error?.exitCode == .noInput)
    }

    @Test func missingColumnsListed() {
        let paths = writeExports(customers: MinimalExports.customers, nps: "customer_id,when,score\nC1,2024-03-01,9\n",
                                 engagement: MinimalExports.engagement)
        let error = thrownError { _ = try ExportLoader().load(paths) } as? IngestError
        #expect(error == .missingColumns(file: paths.nps, missing: ["\"date\""], found: ["customer_id", "when", "score"]))
    }
}
