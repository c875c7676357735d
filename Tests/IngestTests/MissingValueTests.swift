import Testing
import Support
@testable import Ingest

/// Missing-value tokens in numeric attributes, levels in text ones; a stray token or a decimal comma in a numeric
/// column is an error naming file, line, column and value, never a silent switch to text (SPEC section 1).
@Suite struct MissingValueTests {
    static func load(_ attributes: String, rows: [String], format: ExportFormat = .standard) throws -> LoadedExports {
        var text = "customer_id,signup_date,churn_date," + attributes + "\n"
        for (i, r) in rows.enumerated() { text += "C\(i + 1),2024-01-01,," + r + "\n" }
        let paths = writeExports(customers: text, nps: MinimalExports.nps, engagement: MinimalExports.engagement)
        var formats = ExportFormats.standard
        formats[.customers] = format
        return try ExportLoader(formats: formats).load(paths)
    }

    @Test func tokensAreMissingInANumericColumnAndLevelsInAText() throws {
        let loaded = try Self.load("seats,region", rows: ["3,NA", "n/a,EU", "NULL,NA", "5,-", ",?"])
        let seats = try #require(loaded.customers.numericAttributes.first { $0.name == "seats" })
        #expect(seats.values.map { $0.isNaN ? -1 : $0 } == [3, -1, -1, 5, -1])
        #expect(loaded.customers.categoricalAttributes.first { $0.name == "region" }?.values == ["NA", "EU", "NA", "-", "?"])
        #expect(loaded.notes == [loaded.customersAccounting.file + ": seats: 3 missing values (n/a, NULL, empty)"])
    }

    @Test(arguments: ["NA", "N/A", "n/a", "null", "NULL", "NaN", "-", "?"])
    func everyDefaultTokenIsMissing(token: String) throws {
        let loaded = try Self.load("fee", rows: ["1.5", token, "2"])
        #expect(loaded.customers.numericAttributes.first?.values[1].isNaN == true)
    }

    @Test func aStrayTokenIsAnErrorNamingLineColumnAndValue() {
        let error = thrownError { _ = try Self.load("plan,seats", rows: ["a,3", "b,4", "c,unknown", "d,5"]) }
            as? IngestError
        guard case .invalidValue(let at, let expected, let found)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(at.line == 4 && at.column == 5 && at.columnName == "seats" && found == "\"unknown\"")
        #expect(expected.hasSuffix("set them with --na-values)"))
    }

    @Test func naValuesReplaceTheDefaults() throws {
        let loaded = try Self.load("seats", rows: ["3", "unknown", "4"],
                                   format: ExportFormat(naValues: ["unknown"]))
        #expect(loaded.customers.numericAttributes.first?.values[1].isNaN == true)
        #expect(thrownError { _ = try Self.load("seats", rows: ["3", "NA", "4"], format: ExportFormat(naValues: ["x"])) } != nil)
    }

    @Test func aDecimalCommaIsAnErrorNamingTheOption() {
        let error = thrownError { _ = try Self.load("fee", rows: ["\"99,16\"", "12", "3.5"]) } as? IngestError
        #expect(error?.description.hasSuffix(
            "line 2, column 4 (fee): expected a number with a decimal point (for decimal commas pass --decimal ,), found \"99,16\"")
            == true)
    }

    @Test func decimalCommaReadsCommasAndRefusesPoints() throws {
        let comma = ExportFormat(decimalComma: true)
        let loaded = try Self.load("fee", rows: ["\"99,16\"", "12", "\"-0,5\""], format: comma)
        #expect(loaded.customers.numericAttributes.first?.values == [99.16, 12, -0.5])
        let error = thrownError { _ = try Self.load("fee", rows: ["\"99,16\"", "3.5", "1"], format: comma) }
        #expect((error as? IngestError)?.description.contains("expected a number with a decimal comma") == true)
    }

    @Test func aMostlyTextColumnStaysText() throws {
        let loaded = try Self.load("plan", rows: ["basic", "pro", "3", "NA"])
        #expect(loaded.customers.categoricalAttributes.first?.values == ["basic", "pro", "3", "NA"])
        #expect(loaded.notes.isEmpty)
    }
}

/// NPS and engagement exports may be absent from a data folder (SPEC section 1); an empty file is refused.
@Suite struct OptionalExportTests {
    static func folder(nps: String?, engagement: String?) -> ExportPaths {
        let dir = TestFiles.folder()
        _ = TestFiles.write(MinimalExports.customers, name: "customers.csv", in: dir)
        if let nps { _ = TestFiles.write(nps, name: "nps_responses.csv", in: dir) }
        if let engagement { _ = TestFiles.write(engagement, name: "engagement.csv", in: dir) }
        return ExportPaths(dataDirectory: dir)
    }

    @Test func withoutEngagement() throws {
        let paths = Self.folder(nps: MinimalExports.nps, engagement: nil)
        let loaded = try ExportLoader().load(paths)
        #expect(try allRows(loaded.engagement).isEmpty)
        #expect(loaded.absent == [.engagement] && loaded.engagement.isEmpty)
        #expect(try loaded.completeAccounting().map(\.file) == [paths.customers, paths.nps])
        #expect(loaded.notes.first?.hasPrefix(paths.engagement + " not found: training and scoring on NPS history") == true)
    }

    @Test func headerOnlyEngagementHasTheSameNote() throws {
        let paths = Self.folder(nps: MinimalExports.nps, engagement: "customer_id,date,likes,shares,comments,dms\n")
        let loaded = try ExportLoader().load(paths)
        #expect(loaded.absent.isEmpty && loaded.engagement.isEmpty)
        #expect(loaded.notes.first?.hasPrefix(paths.engagement + " has no rows: training and scoring") == true)
    }

    @Test func emptyOptionalFilesAreRefused() {
        for (nps, engagement) in [("", MinimalExports.engagement), (MinimalExports.nps, "")] {
            let error = thrownError { _ = try ExportLoader().load(Self.folder(nps: nps, engagement: engagement)) }
            #expect((error as? IngestError)?.description.contains("found an empty file (to go without it, leave the file out") == true)
            #expect((error as? IngestError)?.exitCode == .dataError)
        }
    }

    @Test func withoutNPS() throws {
        let loaded = try ExportLoader(threads: 2).load(Self.folder(nps: nil, engagement: MinimalExports.engagement))
        #expect(loaded.nps.isEmpty && loaded.absent == [.nps])
        #expect(loaded.notes.first?.contains("nps_responses.csv not found: no NPS history") == true)
    }

    @Test func aFileNamedOneByOneMustExist() {
        var paths = Self.folder(nps: nil, engagement: MinimalExports.engagement)
        paths.optional = []
        #expect(thrownError { _ = try ExportLoader().load(paths) } as? FileError == .missing(path: paths.nps))
    }
}
