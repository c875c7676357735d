import Foundation
import Testing
import Features
import Ingest
import TestSupport

/// The activity layout (SPEC section 2, issue 14): churn by inactivity, channels of any kind. Expected values are
/// worked out by hand below from the eight order rows; none comes from the code under test.
@Suite struct ActivityFeaturesTests {
    /// Four shoppers without churn_date or signup_date; orders, units, revenue.
    static func customers() -> CustomerTable {
        var t = CustomerTable(ids: ["a", "b", "c", "d"], signup: Array(repeating: CustomerTable.unknownSignup, count: 4),
                              churn: Array(repeating: nil, count: 4))
        t.hasChurnColumn = false
        t.hasSignupColumn = false
        return t
    }

    static let channels = ["orders", "units", "revenue"]
    /// a: 2024-01-10 (1, 2, 10.50); 2024-03-01 twice (1, 1, 5.25) + (1, 1, 4.75); 2024-05-01 (1, 1, 3).
    /// b: 2024-02-15 (2, 3, 30). c: 2024-03-20 (1, 1, 7.10); 2024-06-30 (1, 1, 1). d: 2024-04-10 (1, 1, 2).
    static let rows: [(customer: Int32, day: Day, values: [Double])] = [
        (0, day("2024-01-10"), [1, 2, 10.5]), (0, day("2024-03-01"), [1, 1, 5.25]), (0, day("2024-03-01"), [1, 1, 4.75]),
        (1, day("2024-02-15"), [2, 3, 30]), (2, day("2024-03-20"), [1, 1, 7.1]), (0, day("2024-05-01"), [1, 1, 3]),
        (2, day("2024-06-30"), [1, 1, 1]), (3, day("2024-04-10"), [1, 1, 2]),
    ]

    static func build(_ rows: [(customer: Int32, day: Day, values: [Double])], asOf: [Day] = [day("2024-03-31")],
                      customers: CustomerTable = customers(), config: ((inout SnapshotConfig) -> Void)? = nil,
                      threads: Int = 2) throws -> FeatureTable {
        var c = SnapshotConfig(asOf: asOf, horizonDays: 90, threads: threads)
        config?(&c)
        return try SnapshotBuilder(c).build(customers: customers, nps: [], engagement: ActivityOnly(
            InMemoryActivity(channels: channels, rows: rows)))
    }

    /// Feature `name` of customer `id` in the (single-snapshot) table.
    static func value(_ t: FeatureTable, _ id: String, _ name: String) -> Double? {
        guard let r = (0..<t.rowCount).first(where: { t.customerId(row: $0) == id }),
              let j = t.featureIndex(named: name) else { return nil }
        return t.value(row: r, feature: j)
    }

    @Test func handComputedValuesAndLabels() throws {
        let t = try Self.build(Self.rows)
        // T = 2024-03-31. d's first order (04-10) is after T: not in the snapshot.
        #expect(t.churnDefinition == .inactivity)
        #expect((0..<t.rowCount).map { t.customerId(row: $0) } == ["a", "b", "c"])
        // Labels over (03-31, 06-29]: a orders on 05-01 → 0; b never again → 1; c's 06-30 is T+91 → 1.
        #expect(t.churned == [0, 1, 1])
        #expect(t.activityChannels == [ActivityChannel(name: "orders", amount: false),
                                       ActivityChannel(name: "units", amount: false),
                                       ActivityChannel(name: "revenue", amount: true)])  // 10.50 is not whole
        // No social columns; revenue alone has a per-active-day column.
        #expect(t.featureIndex(named: "likes_30d") == nil)
        #expect(t.featureIndex(named: "orders_per_active_day") == nil)
        let a = { Self.value(t, "a", $0)! }
        #expect(a("tenure_days") == 81)            // 01-10 → 03-31: 21 + 29 + 31 days
        #expect(a("orders_30d") == 0)              // (03-01, 03-31]: 03-01 is T−30, outside
        #expect(a("orders_90d") == 3)              // 1 + 1 + 1 (two rows on 03-01 add up)
        #expect(a("revenue_90d") == 20.5)          // 10.50 + 5.25 + 4.75
        #expect(a("activity_days_365d") == 2)      // 01-10 and 03-01: one active day for the two rows
        #expect(a("activity_days_since_last") == 30)
        #expect(abs(a("activity_log_days_since_last") - log(31)) < 1e-12)
        // own gap: min(81 + 1, 365) days observed / 2 active days = 41
        #expect(abs(a("activity_log_overdue") - log(31.0 / 42)) < 1e-12)
        #expect(a("revenue_per_active_day") == 10.25)   // 20.5 / 2
        #expect(abs(a("orders_log_rate") - log(1 + 3.0 / 2)) < 1e-12)
        // recent 3/90 against usual 3/365: (1/90 − 1/365) / (1/90 + 1/365) = (365 − 90) / (365 + 90) = 275/455
        #expect(abs(a("orders_recent_vs_usual") - 275.0 / 455) < 1e-12)
        // trend: last 30 days 0 against (3 − 0)/2 = 1.5 a month before → (0 − 1.5)/(0 + 1.5) = −1
        #expect(a("orders_trend") == -1)
        #expect(a("has_no_activity") == 0)
        let c = { Self.value(t, "c", $0)! }
        #expect(c("tenure_days") == 11)            // 03-20 → 03-31
        #expect(c("revenue_30d") == 7.1)
        #expect(c("orders_trend") == 1)            // 1 in the last 30 days, none before
        #expect(abs(c("activity_log_overdue") - log(12.0 / 13)) < 1e-12)  // 11 days since; gap 12 days / 1 active day
    }

    /// Without signup dates tenure counts from each customer's first order, and the table says from when (the
    /// forecast's response history reads it): the first rows of a, b, c and d by hand, d's after T included.
    @Test func tenureStartsAreTheFirstOrdersWithoutSignupDates() throws {
        let t = try Self.build(Self.rows)
        #expect(t.tenureStarts == [day("2024-01-10"), day("2024-02-15"), day("2024-03-20"), day("2024-04-10")])
        #expect(Self.value(t, "b", "tenure_days") == 45)  // 02-15 → 03-31: 14 + 31 days
        // A customer with no order at all keeps the unknown signup (never in a snapshot).
        var five = Self.customers()
        five.ids.append("e"); five.signup.append(CustomerTable.unknownSignup); five.churn.append(nil)
        let u = try Self.build(Self.rows, customers: five)
        #expect(u.tenureStarts?.last == CustomerTable.unknownSignup)
    }

    /// Frequency, age and BG/NBD's terms with the population's rate prior (Fader, Hardie & Lee 2005).
    @Test func lifetimeFrequencyTenureAndShrunkRateTerms() throws {
        let t = try Self.build(Self.rows)
        let a = { Self.value(t, "a", $0)! }, c = { Self.value(t, "c", $0)! }
        #expect(abs(a("activity_log_days_730d") - log(3)) < 1e-12)   // 2 active days: 01-10, 03-01
        // (x, e) at T = 03-31: a (1 repeat, 81 days), b (0, 45), c (0, 11): m = 1/137 and
        // Σ((x − e·m)² − e·m) = (56² + 45² + 11²)/137² − 1 < 0, no spread beyond Poisson: r = 1000, α = 137000.
        let (r, alpha) = (1000.0, 137_000.0)
        // a: t_x = 03-01 − 01-10 = 51 days; horizon 90.
        #expect(abs(a("activity_quiet_log_ratio") - (r + 1) * log((alpha + 81) / (alpha + 51))) < 1e-9)
        #expect(abs(a("activity_expected_in_horizon") - (r + 1) * log(1 + 90 / (alpha + 81))) < 1e-9)
        #expect(abs(c("activity_quiet_log_ratio") - r * log((alpha + 11) / alpha)) < 1e-9)  // t_x = 0
        #expect(abs(a("activity_log_shrunk_rate") - log((r + 1) / (alpha + 81))) < 1e-12)
        #expect(a("activity_no_repeat") == 0 && c("activity_no_repeat") == 1)
        #expect(abs(a("activity_log_recency_x_repeats") - log(31) * log(2)) < 1e-12)  // 30 days since, 1 repeat
        #expect(c("activity_log_recency_x_repeats") == 0)
        // An order 516 days before T counts for the 730-day frequency, not the 365-day one.
        let old = try Self.build([(0, day("2022-11-01"), [1, 1, 5]), (0, day("2024-03-01"), [1, 1, 5])])
        let o = { Self.value(old, "a", $0)! }
        #expect(o("activity_days_365d") == 1)
        #expect(abs(o("activity_log_days_730d") - log(3)) < 1e-12)
    }

    /// The method of moments by hand: (x, e) = (0, 10), (4, 10), (8, 10): m = 12/30 = 0.4,
    /// v = ((0 − 4)² − 4 + 0 − 4 + 4² − 4)/300 = 1/15, r = m²/v = 2.4, α = m/v = 6; zero exposures are left out.
    @Test func ratePriorByTheMethodOfMoments() {
        let p = ActivityRatePrior(repeatsAndExposure: [(0.0, 10.0), (4, 10), (8, 10), (3, 0)])
        #expect(abs(p.r - 2.4) < 1e-12 && abs(p.alpha - 6) < 1e-12)
        // Equal rates (less spread than Poisson): the largest shape, α = r/m.
        let flat = ActivityRatePrior(repeatsAndExposure: [(2.0, 10.0), (2, 10)])
        #expect(flat.r == ActivityRatePrior.maxShape && abs(flat.alpha - ActivityRatePrior.maxShape * 5) < 1e-9)
    }

    @Test func rowsAfterTChangeNoFeature() throws {
        let t = try Self.build(Self.rows)
        let later: [(customer: Int32, day: Day, values: [Double])] = [
            (0, day("2024-04-01"), [5, 5, 99.99]), (1, day("2024-12-31"), [1, 1, 1]), (2, day("2024-03-31").adding(days: 1), [1, 1, 1])]
        let u = try Self.build(Self.rows + later)
        #expect(u.values == t.values)
        #expect(u.featureNames == t.featureNames)
        // The labels look after T: c now buys on 04-01; b's 12-31 is after T + 90, so b still churns.
        #expect(u.churned == [0, 1, 0])
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func rowOrderAndThreadsDoNotChangeTheTable(seed: UInt64) throws {
        var g = SeededGenerator(seed: seed)
        var rows: [(customer: Int32, day: Day, values: [Double])] = []
        for _ in 0..<2000 {
            let d = Day(index: day("2023-01-01").index + Int32.random(in: 0..<700, using: &g))
            rows.append((Int32.random(in: 0..<4, using: &g), d,
                         [Double(Int.random(in: 0...2, using: &g)), Double(Int.random(in: 0...5, using: &g)),
                          Double(Int.random(in: 0...9999, using: &g)) / 100]))
        }
        let dates = [day("2023-09-30"), day("2023-12-31"), day("2024-03-31")]
        let reference = try Self.build(rows, asOf: dates)
        var shuffled = rows
        shuffled.shuffle(using: &g)
        let other = try Self.build(shuffled, asOf: dates, threads: 1)
        #expect(reference.rowCount == 12)
        #expect(other.values == reference.values)
        #expect(other.churned == reference.churned)
    }

    @Test func aModelsChannelsAreSelectedByName() throws {
        let t = try Self.build(Self.rows) { $0.channels = [ActivityChannel(name: "revenue", amount: true),
                                                             ActivityChannel(name: "orders", amount: false)] }
        let first = BuiltInFeature.npsLastCommentSentiment.column + 1  // after tenure and the NPS history
        #expect(Array(t.featureNames[first..<(first + 6)]) == ["revenue_30d", "revenue_90d", "revenue_log_rate",
                                                    "revenue_recent_vs_usual", "revenue_trend", "revenue_per_active_day"])
        #expect(Self.value(t, "a", "revenue_90d") == 20.5)
        #expect(t.featureIndex(named: "units_90d") == nil)
        #expect(throws: FeaturesError.missingChannels(missing: ["visits"], found: Self.channels)) {
            try Self.build(Self.rows) { $0.channels = [ActivityChannel(name: "visits", amount: false)] }
        }
    }

    @Test func contractDefinitionKeepsSignupsAndChurnDates() throws {
        // The same orders with a contract customer list: b signed up 2024-01-01 and cancelled 2024-04-15.
        let customers = CustomerTable(ids: ["a", "b", "c", "d"],
                                      signup: [day("2024-01-01"), day("2024-01-01"), day("2024-03-01"), day("2024-04-01")],
                                      churn: [nil, day("2024-04-15"), nil, nil])
        let t = try Self.build(Self.rows, customers: customers)
        #expect(t.churnDefinition == .contract)
        #expect((0..<t.rowCount).map { t.customerId(row: $0) } == ["a", "b", "c"])  // d signs up after T
        #expect(t.churned == [0, 1, 0])  // only b's churn_date falls in (T, T+90]
        #expect(Self.value(t, "a", "tenure_days") == 90)  // from the signup, not the first order
        #expect(t.tenureStarts == nil)  // every signup known: the customer list's dates serve
        // Inactivity asked for on the same list: b's cancellation no longer matters, c's silence does.
        let u = try Self.build(Self.rows, customers: customers) { $0.churnDefinition = .inactivity }
        #expect(u.churned == [0, 1, 1])
    }

    @Test func contractWithoutChurnDateIsRefused() {
        #expect(throws: FeaturesError.contractWithoutChurnDate) {
            try Self.build(Self.rows) { $0.churnDefinition = .contract }
        }
    }
}

/// An engagement source with no social rows that stands for an activity export of other channels.
final class ActivityOnly: EngagementSource {
    let activity: ActivitySource
    init(_ activity: ActivitySource) { self.activity = activity }
    func forEachRow(_ body: (EngagementRow) throws -> Void) throws {}
    var activitySource: ActivitySource? { activity }
}

/// Inactivity on a social engagement export: the four social channels in the activity layout.
@Suite struct SocialInactivityTests {
    @Test func engagementRowsBecomeFourChannels() throws {
        var customers = CustomerTable(ids: ["a", "b"], signup: [day("2024-01-01"), day("2024-01-01")],
                                      churn: [nil, nil])
        customers.hasChurnColumn = true
        let rows = [EngagementRow(customer: 0, day: day("2024-03-10"), likes: 2, shares: 0, comments: 1, dms: 0),
                    EngagementRow(customer: 1, day: day("2024-02-01"), likes: 0, shares: 0, comments: 0, dms: 4),
                    EngagementRow(customer: 0, day: day("2024-05-01"), likes: 1, shares: 0, comments: 0, dms: 0)]
        var config = SnapshotConfig(asOf: [day("2024-03-31")], horizonDays: 90)
        config.churnDefinition = .inactivity
        let t = try SnapshotBuilder(config).build(customers: customers, nps: [], engagement: InMemoryEngagement(rows))
        #expect(t.activityChannels?.map(\.name) == ["likes", "shares", "comments", "dms"])
        #expect(t.activityChannels?.allSatisfy { !$0.amount } == true)
        // a is active again on 05-01 (in (T, T+90]); b is not.
        #expect(t.churned == [0, 1])
        #expect(t.value(row: 0, feature: t.featureIndex(named: "likes_30d")!) == 2)   // 03-10 is in (03-01, 03-31]
        #expect(t.value(row: 1, feature: t.featureIndex(named: "dms_90d")!) == 4)
        #expect(t.value(row: 1, feature: t.featureIndex(named: "activity_days_since_last")!) == 59)  // 02-01 → 03-31
    }
}
