import Testing
import Features
import Ingest
import TestSupport

/// No result may depend on the order of rows (SPEC section 1), nor on the number of threads.
@Suite struct SnapshotBuilderOrderTests {
    static let dates = [day("2022-12-31"), day("2023-06-30"), day("2023-12-31"), day("2024-06-30")]

    static func build(_ b: RandomBase, threads: Int = 2) throws -> FeatureTable {
        try SnapshotBuilder(SnapshotConfig(asOf: dates, rareLevelMinCount: 3, threads: threads)).build(
            customers: b.customers, nps: b.nps, engagement: InMemoryEngagement(b.engagement))
    }

    /// Labels of a row as text (NaN-safe), keyed like `featuresByKey`.
    static func labels(_ t: FeatureTable) -> [String: String] {
        var out: [String: String] = [:]
        for r in 0..<t.rowCount {
            out["\(t.customerId(row: r))@\(t.asOf[r])"] = "\(t.churned[r]) \(t.nextScore[r]) \(t.nextResponseCount[r]) "
                + "\(t.nextPromoterCount[r]) \(t.nextDetractorCount[r])"
        }
        return out
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func shuffledEventsGiveTheSameTable(seed: UInt64) throws {
        var base = RandomBase(customers: 60, seed: seed)
        let reference = try Self.build(base)
        var g = SeededGenerator(seed: seed)
        base.nps.shuffle(using: &g)
        base.engagement.shuffle(using: &g)
        let shuffled = try Self.build(base)
        #expect(reference.rowCount > 50)
        #expect(shuffled.values == reference.values)
        #expect(Self.labels(shuffled) == Self.labels(reference))
        #expect(shuffled.customerIndex == reference.customerIndex)
    }

    @Test(arguments: [14, 15] as [UInt64])
    func shuffledCustomersGiveTheSameRows(seed: UInt64) throws {
        let base = RandomBase(customers: 60, seed: seed)
        let reference = try Self.build(base)
        var g = SeededGenerator(seed: seed)
        let order = Array(0..<base.customers.count).shuffled(using: &g)  // new position k holds old customer order[k]
        var newIndex = [Int32](repeating: 0, count: order.count)
        for (k, old) in order.enumerated() { newIndex[old] = Int32(k) }
        let c = base.customers
        var permuted = base
        permuted.customers = CustomerTable(
            ids: order.map { c.ids[$0] }, signup: order.map { c.signup[$0] }, churn: order.map { c.churn[$0] },
            numericAttributes: c.numericAttributes.map { col in
                NamedColumn(name: col.name, values: order.map { col.values[$0] }) },
            categoricalAttributes: c.categoricalAttributes.map { col in
                NamedColumn(name: col.name, values: order.map { col.values[$0] }) })
        permuted.nps = base.nps.map { var r = $0; r.customer = newIndex[Int($0.customer)]; return r }
        permuted.engagement = base.engagement.map {
            EngagementRow(customer: newIndex[Int($0.customer)], day: $0.day, likes: $0.likes, shares: $0.shares,
                          comments: $0.comments, dms: $0.dms)
        }
        let table = try Self.build(permuted)
        #expect(table.encoding == reference.encoding)
        #expect(firstDifference(table.featuresByKey(), reference.featuresByKey()) == nil)
        #expect(Self.labels(table) == Self.labels(reference))
    }

    @Test func threadCountDoesNotChangeTheTable() throws {
        // Enough engagement rows (about 24,000) to fill more than one batch for the accumulating thread.
        let base = RandomBase(customers: 1200, seed: 21)
        #expect(base.engagement.count > 20_000)
        let one = try Self.build(base, threads: 1)
        for threads in [2, 3] {
            let t = try Self.build(base, threads: threads)
            #expect(t.values == one.values)
            #expect(Self.labels(t) == Self.labels(one))
        }
    }
}
