import Testing
import Foundation
import Features
import Ingest
import TestSupport

@Suite struct AttributeEncodingTests {
    static func customers(plan: [String], seats: [Double]) -> CustomerTable {
        CustomerTable(ids: plan.indices.map { "c\($0)" }, signup: Array(repeating: day("2024-01-01"), count: plan.count),
                      churn: Array(repeating: nil, count: plan.count),
                      numericAttributes: [NamedColumn(name: "seats", values: seats)],
                      categoricalAttributes: [NamedColumn(name: "plan", values: plan)])
    }

    @Test func ranksLevelsByCountThenNameAndPoolsRareOnes() {
        // pro 3, basic 2, team 2 (tie with basic: by name), solo 1 (rare at min count 2), other 2 (always pooled).
        let c = Self.customers(plan: ["pro", "team", "basic", "pro", "solo", "basic", "pro", "team", "other", "other"],
                               seats: [1, 2, 3, 4, .nan, 6, 7, 8, 9, 10])
        let e = AttributeEncoding.learn(customers: c, rareLevelMinCount: 2, maxLevels: 20)
        #expect(e.categorical == [.init(name: "plan", reference: "pro", levels: ["basic", "team"], hasOther: true)])
        // Median of 1,2,3,4,6,7,8,9,10 (NaN left out) is 6.
        #expect(e.numeric == [.init(name: "seats", fill: 6, missingIndicator: true)])
        #expect(e.featureNames == ["seats", "seats_missing", "plan=basic", "plan=team", "plan=other"])
        // maxLevels keeps only the most frequent; the rest go to other.
        let two = AttributeEncoding.learn(customers: c, rareLevelMinCount: 1, maxLevels: 2)
        #expect(two.categorical[0].levels == ["basic"] && two.categorical[0].hasOther)
    }

    @Test func evenCountMedianAndNoIndicatorWithoutMissing() {
        let c = Self.customers(plan: ["a", "a", "a", "a"], seats: [4, 1, 3, 2])
        let e = AttributeEncoding.learn(customers: c, rareLevelMinCount: 1, maxLevels: 5)
        #expect(e.numeric == [.init(name: "seats", fill: 2.5, missingIndicator: false)])
        // A single level is the reference and needs no column.
        #expect(e.featureNames == ["seats"])
    }

    @Test func scoringSnapshotUsesTheTrainingEncoding() throws {
        // Training: plan pro is the reference; basic and (blank) pooled into other; seats median 4.
        let training = try SnapshotBuilder(Fixture.config).build(
            customers: Fixture.customers, nps: Fixture.nps, engagement: InMemoryEngagement(Fixture.engagement))
        // Scoring customers: an unseen level, a known one, a missing number; columns in another order plus an extra.
        let scoring = CustomerTable(
            ids: ["x", "y", "z"], signup: Array(repeating: day("2024-01-01"), count: 3), churn: [nil, nil, nil],
            numericAttributes: [NamedColumn(name: "age", values: [1, 2, 3]),
                                NamedColumn(name: "seats", values: [.nan, 7, 1])],
            categoricalAttributes: [NamedColumn(name: "plan", values: ["enterprise", "pro", "basic"])])
        let table = try SnapshotBuilder(SnapshotConfig(asOf: [day("2024-06-30")])).build(
            customers: scoring, nps: [], engagement: InMemoryEngagement([]), encoding: training.encoding)
        #expect(table.featureNames == training.featureNames)
        #expect(table.encoding == training.encoding)
        let seats = table.featureIndex(named: "seats")!, missing = table.featureIndex(named: "seats_missing")!
        let other = table.featureIndex(named: "plan=other")!
        #expect(Array(table.column(seats)) == [4, 7, 1])
        #expect(Array(table.column(missing)) == [1, 0, 0])
        #expect(Array(table.column(other)) == [1, 0, 1])
    }

    @Test func unseenLevelGoesToTheReferenceWhenNothingWasPooled() throws {
        let e = AttributeEncoding(categorical: [.init(name: "plan", reference: "pro", levels: ["basic"], hasOther: false)])
        let c = CustomerTable(ids: ["a", "b", "c"], signup: Array(repeating: day("2024-01-01"), count: 3),
                              churn: [nil, nil, nil],
                              categoricalAttributes: [NamedColumn(name: "plan", values: ["new", "basic", "pro"])])
        let table = try SnapshotBuilder(SnapshotConfig(asOf: [day("2024-02-01")])).build(
            customers: c, nps: [], engagement: InMemoryEngagement([]), encoding: e)
        #expect(Array(table.column(table.featureIndex(named: "plan=basic")!)) == [0, 1, 0])
    }

    @Test func missingAttributeIsADataError() {
        let e = AttributeEncoding(numeric: [.init(name: "revenue", fill: 1, missingIndicator: false)])
        let expected = FeaturesError.missingAttribute(name: "revenue", found: ["seats", "plan"])
        #expect(throws: expected) {
            try SnapshotBuilder(SnapshotConfig(asOf: [day("2024-06-30")])).build(
                customers: Fixture.customers, nps: [], engagement: InMemoryEngagement([]), encoding: e)
        }
        #expect(expected.exitCode == .dataError)
        #expect(expected.description
            == "customers: attribute column \"revenue\" used by the model is missing (attribute columns found: seats, plan)")
    }

    @Test func attributeNamedLikeABuiltInFeatureIsRejected() {
        let c = CustomerTable(ids: ["a"], signup: [day("2024-01-01")], churn: [nil],
                              numericAttributes: [NamedColumn(name: "tenure_days", values: [3])])
        #expect(throws: FeaturesError.duplicateFeatureName(name: "tenure_days")) {
            try SnapshotBuilder(SnapshotConfig(asOf: [day("2024-02-01")])).build(
                customers: c, nps: [], engagement: InMemoryEngagement([]))
        }
    }

    @Test func encodingRoundTripsThroughJSON() throws {
        let e = AttributeEncoding(numeric: [.init(name: "seats", fill: 4.5, missingIndicator: true)],
                                  categorical: [.init(name: "plan", reference: nil, levels: [], hasOther: false)])
        #expect(try JSONDecoder().decode(AttributeEncoding.self, from: JSONEncoder().encode(e)) == e)
    }
}
