import Testing
import Support
@testable import Ingest

/// Separators (given or detected from the header), date formats and the config file's `"exports"` member.
@Suite struct LocaleFormatTests {
    static func records(_ text: String, _ format: ExportFormat) throws -> (rows: [[String]], detected: UInt8?) {
        let reader = try CSVReader(path: TestFiles.write(text), format: format, chunkSize: 16)
        var out: [[String]] = []
        while let r = try reader.next() { out.append((0..<r.count).map { r.string($0)! }) }
        return (out, reader.detectedSeparator)
    }

    @Test func separatorsAreDetectedFromTheHeader() throws {
        #expect(try Self.records("a;b;c\n1;\"x;y\";3,5\n", .standard) == ([["a", "b", "c"], ["1", "x;y", "3,5"]], 0x3B))
        #expect(try Self.records("a\tb\n1\t2\n", .standard).detected == 0x09)
        #expect(try Self.records("a|b\n1|2\n", .standard).rows == [["a", "b"], ["1", "2"]])
        // A comma is the default and is not reported; a quoted separator in the header does not count.
        #expect(try Self.records("a,b\n1,2\n", .standard) == ([["a", "b"], ["1", "2"]], nil))
        #expect(try Self.records("\"x;y;z\",b\n1,2\n", .standard) == ([["x;y;z", "b"], ["1", "2"]], nil))
    }

    @Test func aGivenSeparatorIsUsedAsIs() throws {
        #expect(try Self.records("a;b\n1;2\n", ExportFormat(delimiter: 0x2C)).rows == [["a;b"], ["1;2"]])
    }

    @Test func semicolonExportsLoadWithANote() throws {
        let paths = writeExports(customers: "customer_id;signup_date;churn_date;fee\nC1;2024-01-01;;\"9,5\"\n"
                                     + "C2;2024-02-01;2024-06-30;10\n",
                                 nps: MinimalExports.nps, engagement: MinimalExports.engagement)
        var formats = ExportFormats.standard
        formats[.customers].decimalComma = true
        let loaded = try ExportLoader(formats: formats).load(paths)
        #expect(loaded.customers.numericAttributes.first?.values == [9.5, 10])
        #expect(loaded.notes == [paths.customers + ": columns separated by ';' (seen in the header; --delimiter sets it)"])
    }

    // Reference days from `date -u -d @SECONDS +%F` and the calendar.
    @Test(arguments: [
        (DateFormat.dayMonthYear, "26.06.2025", "2025-06-26"), (.dayMonthYear, "1.2.2024", "2024-02-01"),
        (.dayMonthYear, " 29.02.2024 14:05 ", "2024-02-29"), (.monthDayYear, "06/26/2025", "2025-06-26"),
        (.monthDayYear, "2/1/2024 09:30:00", "2024-02-01"), (.epoch, "1750896000", "2025-06-26"),
        // As spreadsheet exports write times (the UCI Online Retail purchase history: "12/1/2010 8:26").
        (.monthDayYear, "12/1/2010 8:26", "2010-12-01"), (.monthDayYear, "12/1/2010 8:26:59", "2010-12-01"),
        (.monthDayYear, "3/7/2024 11:59 PM", "2024-03-07"), (.monthDayYear, "3/7/2024 12:00 am", "2024-03-07"),
        (.dayMonthYear, "7.3.2024 9:05", "2024-03-07"), (.dayMonthYearSlashed, "26/06/2025", "2025-06-26"),
        (.dayMonthYearSlashed, "1/12/2010 08:26", "2010-12-01"),
        (.epoch, "1750982399.9", "2025-06-26"), (.epoch, "0", "1970-01-01"), (.epoch, "-1", "1969-12-31"),
        (.epoch, "-86400", "1969-12-31"), (.epoch, "-86401", "1969-12-30"), (.iso, "2025-06-26T23:00:00-05:00", "2025-06-26"),
    ])
    func dateFormatsReadTheirDates(format: DateFormat, text: String, day: String) {
        var t = text
        let result = t.withUTF8 { Day.parse(bytes: $0, format: format) }
        #expect(result == .day(Day.parse(day)!))
    }

    @Test(arguments: [
        (DateFormat.dayMonthYear, "2025-06-26"), (.dayMonthYear, "26/06/2025"), (.dayMonthYear, "26.06.25"),
        (.monthDayYear, "26.06.2025"), (.monthDayYear, "6/26/25"), (.epoch, "1.7e9"), (.epoch, "17508960000000"),
        (.epoch, ""), (.epoch, "-"), (.dayMonthYear, "26.06.2025x"),
        (.monthDayYear, "12/1/2010 8:6"), (.monthDayYear, "12/1/2010 25:00"), (.monthDayYear, "12/1/2010 13:00 PM"),
        (.monthDayYear, "12/1/2010 0:30 AM"), (.monthDayYear, "12/1/2010 8"), (.monthDayYear, "12/1/2010 :30"),
    ])
    func malformedDates(format: DateFormat, text: String) {
        var t = text
        #expect(t.withUTF8 { Day.parse(bytes: $0, format: format) } == .malformed)
    }

    @Test func impossibleDatesAreNamed() {
        var t = "30.02.2025"
        #expect(t.withUTF8 { Day.parse(bytes: $0, format: .dayMonthYear) } == .impossible(year: 2025, month: 2, day: 30))
    }

    /// A British date read month first is impossible (month 21); the order that reads it is named. A date both
    /// orders read names both.
    @Test func theOtherSlashOrderIsNamed() {
        var uk = "21/09/2026 09:15"
        #expect(uk.withUTF8 { Day.expectation(for: Day.parse(bytes: $0, format: .monthDayYear), format: .monthDayYear,
                                              field: $0) }
            == "a date that exists (months run from 01 to 12) (for dates like this one pass --date-format DD/MM/YYYY)")
        var both = "03/01/2024"
        #expect(both.withUTF8 { Day.expectation(for: .malformed, format: .iso, field: $0) }
            .hasSuffix("(for dates like this one pass --date-format MM/DD/YYYY or DD/MM/YYYY)"))
        #expect(DateFormat(name: "dd/mm/yyyy") == .dayMonthYearSlashed)
    }

    @Test func aDateInAnotherFormatNamesTheOption() {
        var t = "26.06.2025"
        let hint = t.withUTF8 { Day.expectation(for: .malformed, format: .iso, field: $0) }
        #expect(hint.hasSuffix("(for dates like this one pass --date-format DD.MM.YYYY)"))
        var e = "1750896000"
        #expect(e.withUTF8 { Day.expectation(for: .malformed, format: .iso, field: $0) }
            .hasSuffix("pass --date-format epoch)"))
    }

    @Test func configFileSetsFormatsPerExport() throws {
        let path = TestFiles.write(#"{"exports": {"customers": {"delimiter": ";", "decimal": ",", "encoding": "windows-1252", "date_format": "DD.MM.YYYY", "na_values": ["k.A."]}}}"#, name: "churncast.json")
        let formats = try ExportFormats.load(configPath: path)
        #expect(formats[.customers] == ExportFormat(delimiter: 0x3B, decimalComma: true, encoding: .windows1252,
                                                   dateFormat: .dayMonthYear, naValues: ["k.A."]))
        #expect(formats[.nps] == .standard)
        // The command line applies to every export, over the file.
        let both = try formats.applying(.init(encoding: "latin1"))
        #expect(both[.customers].encoding == .latin1 && both[.nps].encoding == .latin1)
        #expect(both[.customers].delimiter == 0x3B)
    }

    @Test func badSettingsNameTheKeyOrOption() throws {
        let path = TestFiles.write(#"{"exports": {"customers": {"encoding": "ebcdic"}}}"#, name: "churncast.json")
        let error = thrownError { _ = try ExportFormats.load(configPath: path) } as? IngestError
        #expect(error?.description.contains("exports.customers.encoding: expected one of") == true)
        #expect(error?.exitCode == .dataError)
        let option = thrownError { _ = try ExportFormats.standard.applying(.init(delimiter: ":")) } as? IngestError
        #expect(option?.description.hasPrefix("--delimiter: expected") == true)
        #expect(option?.exitCode == .usage)
    }
}
