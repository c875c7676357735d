import Support
import Testing
import Foundation
@testable import Features
import Ingest
import TestSupport

@Suite struct SnapshotConfigTests {
    @Test func decodesWithDefaultsAndRoundTrips() throws {
        let json = #"{"asOf": ["2024-03-31", "2023-12-31"], "horizonDays": 60}"#
        let config = try JSONDecoder().decode(SnapshotConfig.self, from: Data(json.utf8))
        #expect(config.asOf == [day("2024-03-31"), day("2023-12-31")])
        #expect(config.sortedAsOf == [day("2023-12-31"), day("2024-03-31")])
        #expect(config.horizonDays == 60)
        #expect(config.rareLevelMinCount == 20 && config.engagementRecencyCapDays == 365 && config.npsRecencyCapDays == 730)
        let again = try JSONDecoder().decode(SnapshotConfig.self, from: JSONEncoder().encode(config))
        #expect(again == config)
        let text = String(decoding: try JSONEncoder().encode(config), as: UTF8.self)
        #expect(text.contains("\"2024-03-31\""))
    }

    @Test func rejectsAnImpossibleDate() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SnapshotConfig.self, from: Data(#"{"asOf": ["2025-02-30"]}"#.utf8))
        }
    }

    @Test func validationNamesTheBadField() {
        let t = day("2024-03-31")
        #expect(throws: FeaturesError.invalidConfig(field: "asOf", expected: "at least one as-of date", found: "none")) {
            try SnapshotConfig(asOf: []).validate()
        }
        #expect(throws: FeaturesError.invalidConfig(field: "asOf", expected: "distinct dates", found: "2024-03-31 twice")) {
            try SnapshotConfig(asOf: [t, t]).validate()
        }
        #expect(throws: FeaturesError.invalidConfig(field: "horizonDays", expected: "a positive number of days", found: "0")) {
            try SnapshotConfig(asOf: [t], horizonDays: 0).validate()
        }
        #expect(throws: FeaturesError.self) { try SnapshotConfig(asOf: [t], rareLevelMinCount: 0).validate() }
        #expect(throws: FeaturesError.self) { try SnapshotConfig(asOf: [t], threads: 0).validate() }
        #expect(FeaturesError.invalidConfig(field: "horizonDays", expected: "a positive number of days", found: "0")
            .description == "snapshot setting horizonDays: expected a positive number of days, found 0")
        #expect(FeaturesError.invalidConfig(field: "x", expected: "y", found: "z").exitCode == .usage)
    }

    @Test func builderValidatesToo() {
        #expect(throws: FeaturesError.self) {
            try SnapshotBuilder(SnapshotConfig(asOf: [day("2024-01-01")], horizonDays: -5)).build(
                customers: Fixture.customers, nps: [], engagement: InMemoryEngagement([]))
        }
    }

    @Test func quarterEnds() throws {
        #expect(try SnapshotSchedule.dates(from: day("2024-01-15"), to: day("2024-12-31"), every: .quarter)
            == [day("2024-03-31"), day("2024-06-30"), day("2024-09-30"), day("2024-12-31")])
        // Two years of quarter ends, as a training stack would use.
        let eight = try SnapshotSchedule.dates(from: day("2023-01-01"), to: day("2024-12-31"), every: .quarter)
        #expect(eight.map(\.description) == ["2023-03-31", "2023-06-30", "2023-09-30", "2023-12-31",
                                             "2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"])
    }

    @Test func monthEndsIncludeLeapFebruary() throws {
        #expect(try SnapshotSchedule.dates(from: day("2024-01-31"), to: day("2024-04-29"), every: .month)
            == [day("2024-01-31"), day("2024-02-29"), day("2024-03-31")])
        #expect(try SnapshotSchedule.dates(from: day("2023-02-01"), to: day("2023-02-28"), every: .month)
            == [day("2023-02-28")])
    }

    /// About the range's end, with the value and what was expected, and no command-line flag in the message.
    @Test func emptyOrBackwardRangesAreErrors() {
        #expect(throws: InvalidParameter(.end, value: "2024-06-29",
                                         expected: "a date that makes the range from 2024-04-01 contain at least one quarter end")) {
            try SnapshotSchedule.dates(from: day("2024-04-01"), to: day("2024-06-29"), every: .quarter)
        }
        #expect(throws: InvalidParameter(.end, value: "2024-04-01", expected: "a date on or after the first date, 2024-05-01")) {
            try SnapshotSchedule.dates(from: day("2024-05-01"), to: day("2024-04-01"), every: .month)
        }
        let error = InvalidParameter(.end, value: "2024-04-01", expected: "a date on or after the first date, 2024-05-01")
        #expect(error.description(naming: { "--\($0.rawValue)" }) == "--end: expected a date on or after the first date, 2024-05-01, found 2024-04-01")
        #expect(error.exitCode == .usage)
    }
}

@Suite struct FeatureDictionaryTests {
    @Test func documentsEveryColumnOfATable() throws {
        let table = try SnapshotBuilder(Fixture.config).build(
            customers: Fixture.customers, nps: Fixture.nps, engagement: InMemoryEngagement(Fixture.engagement))
        let described = FeatureDictionary.describe(config: Fixture.config, encoding: table.encoding)
        #expect(described.map(\.name) == table.featureNames)
        #expect(described.allSatisfy { !$0.meaning.isEmpty && !$0.window.isEmpty && !$0.whenMissing.isEmpty })
        #expect(described.first { $0.name == "seats" }?.whenMissing == "training median 4.0")
        #expect(described.first { $0.name == "engagement_days_since_last" }?.whenMissing == "365")
    }

    @Test func withoutAnEncodingAttributesArePatterns() {
        let names = FeatureDictionary.describe().map(\.name)
        #expect(names.prefix(BuiltInFeature.allCases.count) == ArraySlice(BuiltInFeature.allCases.map(\.name)))
        #expect(names.suffix(4) == ["<name>", "<name>_missing", "<name>=<level>", "<name>=other"])
        #expect(Set(names).count == names.count)
    }

    @Test func textTableAlignsColumns() {
        let text = FeatureDictionary.textTable([
            FeatureDescription(name: "a", group: "g", meaning: "first", window: "w", whenMissing: "0"),
            FeatureDescription(name: "longer_name", group: "g", meaning: "second", window: "(T−30, T]", whenMissing: "1"),
        ])
        #expect(text == """
            feature      window     without history  meaning
            -----------  ---------  ---------------  -------
            a            w          0                first
            longer_name  (T−30, T]  1                second

            """)
    }
}
