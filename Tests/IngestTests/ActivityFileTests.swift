import Foundation
import Testing
@testable import Ingest
import TestSupport

/// The activity export of any channels (SPEC section 1): found as orders.csv or activity.csv in a data folder,
/// its numeric columns as channels, decimals in fixed point, missing values adding nothing, `--channels`.
@Suite struct ActivityFileTests {
    static let customers = "customer_id,segment\na,x\nb,y\n"

    /// A data folder with customers.csv and `file` holding `text`.
    static func folder(_ text: String, file: String = "orders.csv") -> ExportPaths {
        let dir = TestFiles.folder()
        _ = TestFiles.write(customers, name: "customers.csv", in: dir)
        _ = TestFiles.write(text, name: file, in: dir)
        return ExportPaths(dataDirectory: dir)
    }

    /// Every row as (customer, day, values as Doubles).
    static func rows(_ file: ActivityFile) throws -> [String] {
        var out: [String] = []
        try file.forEachBatch { r in
            for i in 0..<r.count {
                let values = (0..<r.channelCount).map { ActivityNumber.double(r.values[i * r.channelCount + $0]) }
                out.append("\(r.customers[i]) \(Day(index: r.days[i])) \(values)")
            }
        }
        return out
    }

    @Test func ordersFoundInTheFolderWithDecimalsAndMissingValues() throws {
        let paths = Self.folder("customer_id,date,orders,revenue,note\n"
            + "a,2024-01-10,1,10.50,gift\nb,2024-01-11,NA,0.125,\na,2024-01-12,2,\" 7 \",x\n")
        let loaded = try ExportLoader().load(paths)
        let activity = try #require(loaded.engagement.activity)
        #expect(activity.path.hasSuffix("/orders.csv"))
        #expect(activity.channels == ["orders", "revenue"])  // "note" is text: not a channel, and said
        #expect(loaded.notes.contains { $0.hasSuffix("orders.csv: \"note\" not numeric: not activity channels") })
        #expect(try Self.rows(activity) == ["0 2024-01-10 [1.0, 10.5]", "1 2024-01-11 [0.0, 0.125]",
                                             "0 2024-01-12 [2.0, 7.0]"])
        #expect(loaded.accounting.map(\.used) == [2, 3])
        #expect(loaded.absent == [.nps])
    }

    /// An invoice-line export (as the UCI "Online Retail" purchase history has): the invoice number is numeric but an
    /// identifier — summing it per customer and day means nothing — so it is no channel, and said; a cancelled
    /// invoice's "C" prefix then rejects no row. A fee that is the same on every row, or amounts over 10,000 that
    /// spread further than a factor of two, stay channels. `--channels` still takes the invoice when named.
    @Test func identifierColumnsAreNoChannels() throws {
        let text = "Invoice,customer_id,date,Quantity,Price,fee,cents\n"
            + "489434,a,2024-01-10 07:45:00,12,6.95,19900,15000\n489434,a,2024-01-10 07:45:00,6,1.25,19900,9000\n"
            + "489435,b,2024-01-11 08:00:00,2,2.10,19900,40000\nC489436,b,2024-01-12 09:00:00,-2,2.10,19900,12000\n"
        let loaded = try ExportLoader().load(Self.folder(text))
        let activity = try #require(loaded.engagement.activity)
        #expect(activity.channels == ["Quantity", "Price", "fee", "cents"])
        #expect(loaded.notes.contains { $0.hasSuffix("orders.csv: \"Invoice\" (whole numbers from 489434 to 489435 in "
            + "its first rows) looks like an identifier, not counts or amounts: not activity channels (name them with "
            + "--channels to use them)") }, "\(loaded.notes)")
        #expect(try Self.rows(activity).count == 4)  // "C489436" is in no channel: the row is read
        var loader = ExportLoader()
        loader.channels = ["Invoice", "Quantity"]
        let chosen = try #require(try loader.load(Self.folder(text.replacingOccurrences(of: "C489436", with: "489436")))
            .engagement.activity)
        #expect(chosen.channels == ["Invoice", "Quantity"])
    }

    @Test func activityCsvAndDecimalComma() throws {
        let paths = Self.folder("customer_id;date;visits;spend\na;2024-01-10;3;4,75\n", file: "activity.csv")
        var formats = ExportFormats.standard
        formats[.engagement].decimalComma = true
        let loaded = try ExportLoader(formats: formats).load(paths)
        let activity = try #require(loaded.engagement.activity)
        #expect(try Self.rows(activity) == ["0 2024-01-10 [3.0, 4.75]"])
    }

    @Test func fixedPointParsing() {
        let tokens = MissingTokens(ExportFormat.defaultNAValues)
        func parse(_ s: String) -> ActivityNumber.Parsed {
            Array(s.utf8).withUnsafeBufferPointer { ActivityNumber.parse($0, mark: 0x2E, missing: tokens) }
        }
        #expect(parse("12.34") == .value(12_340_000))
        #expect(parse("-0.5") == .value(-500_000))
        #expect(parse("0.0000005") == .value(1))   // the seventh decimal rounds half up
        #expect(parse("0.00000049") == .value(0))
        #expect(parse("1e3") == .value(1_000_000_000))
        #expect(parse(".5") == .value(500_000))
        #expect(parse("") == .missing && parse("NA") == .missing && parse("-") == .missing)
        #expect(parse("12,5") == .invalid && parse("abc") == .invalid && parse("1.2.3") == .invalid)
        #expect(parse("99999999999999") == .invalid)  // 14 digits: above 10^12
        let minusOne = MissingTokens(["-1"])  // --na-values -1: a token that reads as a number is still missing
        #expect(Array("-1".utf8).withUnsafeBufferPointer { ActivityNumber.parse($0, mark: 0x2E, missing: minusOne) } == .missing)
        #expect(Array("-2".utf8).withUnsafeBufferPointer { ActivityNumber.parse($0, mark: 0x2E, missing: minusOne) } == .value(-2_000_000))
    }

    @Test func aBadValueNamesItsLineAndColumn() throws {
        let paths = Self.folder("customer_id,date,orders,revenue\na,2024-01-10,1,10.50\n"
            + String(repeating: "a,2024-01-10,1,2\n", count: 250) + "b,2024-01-11,1,ten\n")
        let loaded = try ExportLoader().load(paths)
        let error = thrownError { _ = try Self.rows(loaded.engagement.activity!) }
        #expect("\(error!)".hasSuffix("orders.csv, line 253, column 4 (revenue): expected a number (at most 10^12 in magnitude), found \"ten\""))
    }

    @Test func channelsAreSelectedAndABadNameIsAUsageError() throws {
        let paths = Self.folder("customer_id,date,orders,units,revenue\na,2024-01-10,1,2,3.5\n")
        var loader = ExportLoader()
        loader.channels = ["revenue", "orders"]
        let activity = try #require(try loader.load(paths).engagement.activity)
        #expect(activity.channels == ["revenue", "orders"])
        #expect(try Self.rows(activity) == ["0 2024-01-10 [3.5, 1.0]"])
        loader.channels = ["order"]
        let error = thrownError { _ = try loader.load(paths) }
        #expect(error as? IngestError == .invalidSetting(
            name: "--channels", expected: "channels of \(paths.activityAlternatives[0]) (orders, units, revenue)",
            found: "order"))
        #expect((error as? IngestError)?.exitCode == .usage)
    }

    @Test func theColumnMappingRenamesChannels() throws {
        let paths = Self.folder("Person,Day,Order Count,Value\na,2024-01-10,1,3.5\n")
        let mapping = ColumnMapping([.engagement: ["customer_id": "Person", "date": "Day", "orders": "Order Count"]])
        try mapping.validate(source: "churncast.json")  // other names of the activity export are channels
        let activity = try #require(try ExportLoader(mapping: mapping).load(paths).engagement.activity)
        #expect(activity.channels == ["orders", "Value"])
        #expect(try Self.rows(activity) == ["0 2024-01-10 [1.0, 3.5]"])
    }

    @Test func socialChannelsKeepTheEngagementPath() throws {
        let paths = Self.folder("customer_id,date,likes,shares,comments,dms\na,2024-01-10,1,0,0,0\n",
                                file: "engagement.csv")
        var loader = ExportLoader()
        #expect(try loader.load(paths).engagement.activity == nil)
        loader.channels = ["dms", "likes", "shares", "comments"]
        #expect(try loader.load(paths).engagement.activity == nil)
        loader.channels = ["likes", "dms"]
        #expect(try loader.load(paths).engagement.activity?.channels == ["likes", "dms"])
    }

    @Test func customersWithoutChurnDateNeedNoSignup() throws {
        let dir = TestFiles.folder()
        let path = TestFiles.write("customer_id,signup_date,segment\na,2024-01-01,x\nb,,y\n", name: "customers.csv", in: dir)
        let loaded = try ExportLoader().load(ExportPaths(dataDirectory: dir))
        #expect(loaded.customers.hasChurnColumn == false && loaded.customers.hasSignupColumn)
        #expect(loaded.customers.signup == [Day.parse("2024-01-01")!, CustomerTable.unknownSignup])
        #expect(loaded.customers.categoricalAttributes.map(\.name) == ["segment"])
        // With churn_date the signup is required as before.
        _ = TestFiles.write("customer_id,signup_date,churn_date\nb,,\n", name: "customers.csv", in: dir)
        #expect(thrownError { _ = try ExportLoader().load(ExportPaths(dataDirectory: dir)) } != nil)
        _ = path
    }
}

/// The plain-line fast path (comma-separated files) against the general parser (the same file with `;`).
@Suite struct PlainActivityLinesTests {
    @Test func fastAndGeneralPathsReadTheSameRows() throws {
        var lines = ["customer_id,date,orders,revenue,note"]
        var g = SystemRandomNumberGenerator()
        for i in 0..<3000 {
            let id = ["a", "b"][i % 2], d = 10 + i % 18
            let revenue = i % 7 == 0 ? "NA" : i % 11 == 0 ? " 3.5 " : "\(Int.random(in: 0...999, using: &g)).\(i % 100)"
            lines.append("\(id),2024-01-\(d),\(i % 3),\(revenue),x\(i % 5 == 0 ? "\r" : "")")
        }
        let comma = lines.joined(separator: "\n") + "\n"
        let semicolon = comma.replacingOccurrences(of: ",", with: ";")
        let fast = try ActivityFileTests.rows(try #require(ExportLoader().load(ActivityFileTests.folder(comma)).engagement.activity))
        let general = try ActivityFileTests.rows(try #require(ExportLoader().load(ActivityFileTests.folder(semicolon)).engagement.activity))
        #expect(fast.count == 3000)
        #expect(fast == general)
    }
}

/// `"channels"` and `"churn_definition"` in churncast.json, and `--channels` as a list.
@Suite struct ActivitySettingsTests {
    @Test func configFileAndCommandLine() throws {
        let path = TestFiles.write("{\"channels\": [\"orders\", \"revenue\"], \"churn_definition\": \"inactivity\"}",
                                   name: "churncast.json")
        #expect(try ActivitySettings.load(configPath: path)
                == ActivitySettings(channels: ["orders", "revenue"], churnDefinition: "inactivity"))
        #expect(try ColumnMapping.load(configPath: path) == .identity)  // known keys, no columns
        let bad = TestFiles.write("{\"channels\": \"orders\"}", name: "churncast.json")
        #expect(thrownError { _ = try ActivitySettings.load(configPath: bad) } != nil)
        #expect(try ActivitySettings.channels(commandLine: "orders, units ,revenue") == ["orders", "units", "revenue"])
        #expect((thrownError { _ = try ActivitySettings.channels(commandLine: "orders,,units") } as? IngestError)?
            .exitCode == .usage)
    }
}
