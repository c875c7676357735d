import Foundation
import Ingest
import Support
import Testing
@testable import Synthetic

/// ground_truth.json in ChurnCast's one JSON style (format version 2: snake_case keys through `JSONText`), read
/// back to the same truth, and a version-1 document (camelCase, as `generate` wrote it before) still read.
@Suite struct GroundTruthDocumentTests {
    static let config = SyntheticConfig(customers: 300, seed: 11, badRows: 6,
                                        shock: SatisfactionShock(segment: .plan, level: "pro",
                                                                 date: Day.parse("2025-06-01")!, size: -0.5))
    static let directory: String = try! generate(config, name: "document")
    static var path: String { directory + "/" + GroundTruth.fileName }

    /// Every key of the written document, nested ones included; dictionary keys that are data (the formulas'
    /// names, the languages by region) are snake_case or lowercase words already.
    static func keys(_ value: Any) -> [String] {
        if let d = value as? [String: Any] { return d.keys + d.values.flatMap(keys) }
        if let a = value as? [Any] { return a.flatMap(keys) }
        return []
    }

    @Test func writtenWithSnakeCaseKeysAndFormatVersion2() throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.path)))
        let keys = Self.keys(json)
        #expect(keys.filter { $0.contains(where: \.isUppercase) } == [])
        let top = try #require(json as? [String: Any])
        #expect(top["format_version"] as? Int == 2)
        #expect(top["generator_version"] as? Int == GroundTruth.generatorVersion)
        #expect(top["customer_ids"] is String)
        #expect((top["bad_rows"] as? [[String: Any]])?.first?["customer_id"] is String)
        let model = try #require((top["config"] as? [String: Any])?["model"] as? [String: Any])
        #expect((model["survey"] as? [String: Any])?["noise_sd"] != nil, "acronym SD written as one word")
    }

    /// Decoding and encoding again gives the same bytes: no key is lost on the way back (an acronym such as `SD`
    /// that `JSONText.camelCase` did not know would drop an optional value or fail here).
    @Test func readsBackToTheSameBytes() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.path))
        let document = try JSONText.makeDecoder().decode(GroundTruthDocument.self, from: data)
        #expect(try document.encoded() == Array(data))
        #expect(try GroundTruth.load(from: Self.directory).config == Self.config)
    }

    /// A version-1 document, written as `generate` wrote it before format 2 (a plain `JSONEncoder`, camelCase
    /// keys, no `formatVersion`), loads to the same configuration, and the oracle gives the same probabilities.
    @Test func readsVersion1() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.path))
        var document = try JSONText.makeDecoder().decode(GroundTruthDocument.self, from: data)
        document.formatVersion = nil
        let old = JSONEncoder()
        old.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Version 1 spelled the ids' keys as the properties are (`customerIDs`, `customerID`).
        let v1 = Data(String(decoding: try old.encode(document), as: UTF8.self)
            .replacingOccurrences(of: "\"customerIds\"", with: "\"customerIDs\"")
            .replacingOccurrences(of: "\"customerId\"", with: "\"customerID\"").utf8)
        #expect(String(decoding: v1, as: UTF8.self).contains("\"generatorVersion\""))
        #expect(String(decoding: v1, as: UTF8.self).contains("\"customerID\""))
        let dir = temporaryDirectory("ground-truth-v1")
        try v1.write(to: URL(fileURLWithPath: dir + "/" + GroundTruth.fileName))
        let truth = try GroundTruth.load(from: dir), current = try GroundTruth.load(from: Self.directory)
        #expect(truth.config == Self.config)
        #expect(truth.badRows == current.badRows && truth.badRows.count == 6)
        let ids = (0..<50).map(current.customerID)
        let asOf = Day.parse("2025-12-31")!
        #expect(truth.oracleChurnProbabilities(customerIDs: ids, asOf: asOf, horizon: 90)
                == current.oracleChurnProbabilities(customerIDs: ids, asOf: asOf, horizon: 90))
    }

    /// shop_truth.json in the same style: snake_case keys but for the data keys of `truth_columns` (column names
    /// of shop_truth.csv such as `alive_Q`), read back to the same configuration.
    @Test func shopTruthInTheSameStyle() throws {
        let config = ShopConfig(customers: 50, seed: 5, start: Day(year: 2025, month: 10, day: 1)!,
                                end: SyntheticConfig.defaultEnd)
        let dir = try ShopGeneratorTests.generateShop(config, name: "shop-style")
        let path = dir + "/" + ShopGenerator.truthFile
        let top = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
            as? [String: Any])
        var data = top
        data["truth_columns"] = nil
        #expect(Self.keys(data).filter { $0.contains(where: \.isUppercase) } == [])
        #expect(top["generator_version"] as? Int == ShopGroundTruth.generatorVersion && top["customer_ids"] is String)
        #expect(try ShopGroundTruth.load(from: dir).config == config)
    }
}
