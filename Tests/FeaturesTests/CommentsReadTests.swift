import Features
import Ingest
import Testing
import TestSupport

/// `SnapshotBuilder.commentsRead` on a hand-made history whose answers are worked out by hand from the rule of
/// `nps_last_comment_sentiment` (SPEC: the latest comment dated ≤ T, same-day comments averaged).
@Suite struct CommentsReadTests {
    @Test func marksTheLatestCommentDayOnOrBeforeEachDate() {
        let day = { Day.parse($0)! }
        let nps = [
            NPSResponse(customer: 0, day: day("2025-01-10"), score: 9, hasComment: true),   // 0: superseded by 1 at both dates
            NPSResponse(customer: 0, day: day("2025-02-01"), score: 7, hasComment: true),   // 1: latest ≤ 03-31 and ≤ 06-30
            NPSResponse(customer: 0, day: day("2025-02-01"), score: 3, hasComment: true),   // 2: same day as 1, averaged
            NPSResponse(customer: 0, day: day("2025-05-01"), score: 8),                     // 3: no comment
            NPSResponse(customer: 1, day: day("2025-03-01"), score: 2, hasComment: true),   // 4: latest ≤ 03-31
            NPSResponse(customer: 1, day: day("2025-04-15"), score: 6, hasComment: true),   // 5: latest ≤ 06-30
            NPSResponse(customer: 1, day: day("2025-07-01"), score: 6, hasComment: true),   // 6: after both dates
            NPSResponse(customer: 2, day: day("2025-01-05"), score: 10, hasComment: true),  // 7: latest ≤ both dates
        ]
        let read = SnapshotBuilder.commentsRead(nps: nps, customerCount: 3, asOf: [day("2025-03-31"), day("2025-06-30")])
        #expect(read == [false, true, true, false, true, true, false, true])
        let one = SnapshotBuilder.commentsRead(nps: nps, customerCount: 3, asOf: [day("2025-03-31")])
        #expect(one == [false, true, true, false, true, false, false, true])
    }

    /// Under the contract definition a customer not signed up yet or churned by T is in no table at T, so none of
    /// their comments is read there (worked out by hand from `activeRows`: signup ≤ T and no churn or churn > T).
    @Test func contractCustomersOutsideTheSnapshotAreNotRead() {
        let day = { Day.parse($0)! }
        let customers = CustomerTable(ids: ["A", "B", "C"], signup: [day("2025-01-01"), day("2025-01-01"), day("2025-04-01")],
                                      churn: [nil, day("2025-05-01"), nil])
        let nps = [
            NPSResponse(customer: 0, day: day("2025-02-01"), score: 7, hasComment: true),  // 0: A active at both dates
            NPSResponse(customer: 1, day: day("2025-03-01"), score: 2, hasComment: true),  // 1: B active at 03-31 only
            NPSResponse(customer: 1, day: day("2025-04-20"), score: 3, hasComment: true),  // 2: B's latest by 06-30, churned
            NPSResponse(customer: 2, day: day("2025-03-15"), score: 9, hasComment: true),  // 3: C not signed up at 03-31
        ]
        let dates = [day("2025-03-31"), day("2025-06-30")]
        let read = SnapshotBuilder.commentsRead(nps: nps, customerCount: 3, asOf: dates, contractCustomers: customers)
        #expect(read == [true, true, false, true])
        let first = SnapshotBuilder.commentsRead(nps: nps, customerCount: 3, asOf: [dates[0]], contractCustomers: customers)
        #expect(first == [true, true, false, false])
        let all = SnapshotBuilder.commentsRead(nps: nps, customerCount: 3, asOf: dates)
        #expect(all == [true, true, true, true])
    }

    /// The fast path against the general one: a table built with only the read sentiments worked out (the others
    /// 0, as `startCommentAnalysis` leaves them) equals the table built with every sentiment, on random bases.
    @Test(arguments: [21, 22, 23] as [UInt64])
    func unreadSentimentsNeverReachTheTable(seed: UInt64) throws {
        let base = RandomBase(customers: 80, seed: seed)
        let dates = [day("2023-03-31"), day("2024-06-30")]
        let read = SnapshotBuilder.commentsRead(nps: base.nps, customerCount: base.customers.count, asOf: dates,
                                                contractCustomers: base.customers)
        #expect(read.contains(true) && read.contains { !$0 })
        let all = base.nps.map(\.sentiment)
        let kept = base.nps.indices.map { read[$0] ? all[$0] : 0 }
        func build(_ scores: [Double]) throws -> FeatureTable {
            var config = SnapshotConfig(asOf: dates, threads: 1)
            config.churnDefinition = .contract
            return try SnapshotBuilder(config).build(
                customers: base.customers, nps: base.nps, engagement: InMemoryEngagement(base.engagement),
                sentiments: PendingSentiments(background: false) { scores })
        }
        let full = try build(all), fast = try build(kept)
        #expect(full.rowCount > 40)
        #expect(fast.values.elementsEqual(full.values) { $0 == $1 || ($0.isNaN && $1.isNaN) })
    }
}
