import Testing
import Features
import Ingest
import TestSupport

/// Engagement windows at their edges, over several snapshots at once, and sums that would overflow Int32.
@Suite struct EngagementWindowTests {
    static let customers = CustomerTable(ids: ["a"], signup: [day("2020-01-01")], churn: [nil])

    static func build(_ rows: [EngagementRow], _ dates: [Day]) throws -> FeatureTable {
        try SnapshotBuilder(SnapshotConfig(asOf: dates)).build(customers: customers, nps: [],
                                                              engagement: InMemoryEngagement(rows))
    }

    static func likes(_ d: String, _ n: Int32) -> EngagementRow {
        EngagementRow(customer: 0, day: day(d), likes: n, shares: 0, comments: 0, dms: 0)
    }

    @Test func oneRowCountsInEveryWindowThatHoldsIt() throws {
        // T1 = 2024-03-31, T2 = 2024-04-30, T3 = 2024-06-30. A row on 2024-03-15 is 16 days before T1 (30- and
        // 90-day windows), 46 before T2 (90-day only), 107 before T3 (none, but it is still the latest day).
        let dates = [day("2024-06-30"), day("2024-03-31"), day("2024-04-30")]  // any order in the config
        let t = try Self.build([Self.likes("2024-03-15", 4)], dates)
        #expect(t.snapshotDates == dates.sorted())
        #expect(Array(t.column(BuiltInFeature.likes30.column)) == [4, 0, 0])
        #expect(Array(t.column(BuiltInFeature.likes90.column)) == [4, 4, 0])
        #expect(Array(t.column(BuiltInFeature.engagementDaysSinceLast.column)) == [16, 46, 107])
        // Trend: T1 all recent (+1); T2 all earlier (−1); T3 both windows empty (0).
        #expect(Array(t.column(BuiltInFeature.engagementTrend.column)) == [1, -1, 0])
    }

    @Test func zeroRowsAreNotEngagement() throws {
        let t = try Self.build([Self.likes("2024-03-30", 0)], [day("2024-03-31")])
        #expect(t.value(row: 0, .hasNoEngagement) == 1)
        #expect(t.value(row: 0, .engagementDaysSinceLast) == 365)
        #expect(t.latestDataDay == day("2024-03-30"))
    }

    @Test func sumsSaturateInsteadOfOverflowingInAnyOrder() throws {
        let big = Self.likes("2024-03-30", Int32.max - 1), small = Self.likes("2024-03-29", 5)
        for rows in [[big, small], [small, big]] {
            let t = try Self.build(rows, [day("2024-03-31")])
            #expect(t.value(row: 0, .likes30) == Double(Int32.max))
        }
    }
}
