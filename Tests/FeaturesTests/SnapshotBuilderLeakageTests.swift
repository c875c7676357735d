import Testing
import Features
import Ingest
import TestSupport

/// No leakage (SPEC section 2): changing, adding or deleting any row dated after T leaves every feature at T as
/// it was; only labels (and later snapshots) may change. Each seed mutates a random base differently.
@Suite struct SnapshotBuilderLeakageTests {
    static let asOf = day("2023-09-30")

    /// The base with random edits to everything dated after `t`: responses and engagement rows changed, deleted
    /// and added, churn dates after t moved or removed, signups after t moved, new customers signing up after t.
    /// Returns the edited base and how many edits were made.
    static func mutate(_ base: RandomBase, after t: Day, seed: UInt64) -> (RandomBase, Int) {
        var g = SeededGenerator(seed: seed &* 7919)
        let end = day("2025-06-30").index
        func later(than lower: Day) -> Day { Day(index: Int32.random(in: (lower.index + 1)...end, using: &g)) }
        var m = base
        var edits = 0

        var nps: [NPSResponse] = []
        for r in base.nps {
            guard r.day > t else { nps.append(r); continue }
            switch Int.random(in: 0..<3, using: &g) {
            case 0: edits += 1  // deleted
            case 1:
                nps.append(NPSResponse(customer: r.customer, day: later(than: t), score: Int8.random(in: 0...10, using: &g),
                                       hasComment: true, sentiment: -1))
                edits += 1
            default: nps.append(r)
            }
        }
        var engagement: [EngagementRow] = []
        for r in base.engagement {
            guard r.day > t else { engagement.append(r); continue }
            switch Int.random(in: 0..<3, using: &g) {
            case 0: edits += 1
            case 1:
                engagement.append(EngagementRow(customer: r.customer, day: later(than: t), likes: r.likes + 5,
                                                shares: 0, comments: r.comments * 2, dms: 7))
                edits += 1
            default: engagement.append(r)
            }
        }
        var customers = base.customers
        for c in 0..<customers.count {
            if let churn = customers.churn[c], churn > t, Bool.random(using: &g) {
                customers.churn[c] = Bool.random(using: &g) ? nil : later(than: max(t, customers.signup[c]))
                edits += 1
            }
            if customers.signup[c] > t, Bool.random(using: &g) {
                customers.signup[c] = later(than: t)
                if let churn = customers.churn[c], churn <= customers.signup[c] { customers.churn[c] = nil }
                edits += 1
            }
        }
        for k in 0..<3 {  // new customers, appended so existing indices stay
            let c = Int32(customers.count)
            let signup = later(than: t)
            customers.ids.append("new\(k)")
            customers.signup.append(signup)
            customers.churn.append(nil)
            customers.numericAttributes[0].values.append(Double(k))
            customers.categoricalAttributes[0].values.append("brand-new")
            nps.append(NPSResponse(customer: c, day: later(than: signup), score: 4))
            engagement.append(EngagementRow(customer: c, day: later(than: signup), likes: 3, shares: 1, comments: 0, dms: 0))
            edits += 1
        }
        for _ in 0..<10 {
            let c = Int32.random(in: 0..<Int32(base.customers.count), using: &g)
            nps.append(NPSResponse(customer: c, day: later(than: t), score: Int8.random(in: 0...10, using: &g),
                                   hasComment: true, sentiment: 0.5))
            engagement.append(EngagementRow(customer: c, day: later(than: t), likes: 1, shares: 2, comments: 3, dms: 4))
            edits += 2
        }
        m.customers = customers
        m.nps = nps
        m.engagement = engagement
        return (m, edits)
    }

    static func build(_ b: RandomBase, _ dates: [Day], encoding: AttributeEncoding? = nil) throws -> FeatureTable {
        try SnapshotBuilder(SnapshotConfig(asOf: dates, rareLevelMinCount: 3)).build(
            customers: b.customers, nps: b.nps, engagement: InMemoryEngagement(b.engagement), encoding: encoding)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func featuresAtTIgnoreEverythingAfterT(seed: UInt64) throws {
        let base = RandomBase(customers: 80, seed: seed)
        let (mutated, edits) = Self.mutate(base, after: Self.asOf, seed: seed)
        #expect(edits > 10)

        // One snapshot, encoding learned from each base: the population at T is the same, so is everything.
        let before = try Self.build(base, [Self.asOf])
        let after = try Self.build(mutated, [Self.asOf])
        #expect(before.rowCount > 20)
        // The shrunk NPS features (their m and k estimated at T) are among those compared, and not all 0.
        #expect(before.column(BuiltInFeature.npsShrunkMean.column).contains { $0 != 0 })
        #expect(after.npsPriors == before.npsPriors)
        #expect(after.encoding == before.encoding)
        #expect(after.featureNames == before.featureNames)
        #expect(firstDifference(after.featuresByKey(), before.featuresByKey()) == nil)
        // The labels do look past T, so the edits must show there (otherwise this test would prove nothing).
        let labelsBefore = (0..<before.rowCount).map { "\(before.churned[$0]) \(before.nextResponseCount[$0])" }
        let labelsAfter = (0..<after.rowCount).map { "\(after.churned[$0]) \(after.nextResponseCount[$0])" }
        #expect(labelsBefore != labelsAfter)
    }

    @Test(arguments: [7, 8, 9] as [UInt64])
    func earlierSnapshotsOfAStackIgnoreEverythingAfterT(seed: UInt64) throws {
        // Several snapshots with a fixed (training) encoding: rows at T and before are unchanged, later ones change.
        let base = RandomBase(customers: 80, seed: seed)
        let (mutated, _) = Self.mutate(base, after: Self.asOf, seed: seed)
        let dates = [day("2023-03-31"), Self.asOf, day("2024-03-31")]
        let before = try Self.build(base, dates)
        let after = try Self.build(mutated, dates, encoding: before.encoding)
        for t in dates.prefix(2) {
            #expect(!before.featuresByKey(snapshot: t).isEmpty)
            #expect(firstDifference(after.featuresByKey(snapshot: t), before.featuresByKey(snapshot: t)) == nil,
                    "snapshot \(t)")
        }
        #expect(firstDifference(after.featuresByKey(snapshot: dates[2]), before.featuresByKey(snapshot: dates[2])) != nil)
    }
}
