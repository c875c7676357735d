import Testing
@testable import Features
import Ingest
import TestSupport

/// A hand-made base whose every feature was worked out by hand (day counts checked with Python's `datetime`).
///
/// As-of T = 2024-06-30, horizon 90: labels look at (2024-06-30, 2024-09-28]; the 30-day window is
/// (2024-05-31, 2024-06-30], the 90-day window (2024-04-01, 2024-06-30]. rareLevelMinCount = 2.
///
/// | customer | signup | churn | plan | seats | in snapshot? |
/// | --- | --- | --- | --- | --- | --- |
/// | A | 2023-06-30 | – | pro | 10 | yes |
/// | B | 2024-01-01 | – | basic | (empty) | yes, no history at all |
/// | C | 2022-01-01 | 2024-06-30 | enterprise | 100 | no: churns on T (churn > T is required) |
/// | D | 2024-07-01 | – | enterprise | 100 | no: signs up after T |
/// | E | 2024-03-01 | 2024-09-28 | pro | 4 | yes; churns on T+90, inside the horizon |
/// | F | 2020-01-01 | 2024-09-29 | (empty) | 2 | yes; churns on T+91, outside the horizon |
///
/// Attributes are learned from A, B, E, F only: seats median of {10, 4, 2} = 4, B is missing → 4 and
/// seats_missing = 1; plan: pro (2) is the reference, basic (1) and (blank) (1) are rare → plan=other.
///
/// A's NPS: 2024-01-15 6; 2024-04-15 8 and 10 (same day → one response of 9); 2024-08-01 3 (next period);
/// 2024-10-15 5 (after the horizon). So count 2, last 9 (promoter), mean 7.5, 76 days since 2024-04-15,
/// trend (9 − 6) / 91 days × 90 = 270/91, change 3; next score 3 (1 response, a detractor).
/// A's engagement: 06-30 likes 2; 06-10 likes 1 shares 1 and again likes 3 (same day adds up); 05-01 comments 4;
/// 04-01 dms 5 (= T−90, outside); 07-05 likes 100 (after T). So likes30 6, shares30 1, likes90 6, shares90 1,
/// comments90 4; r = 7, p = (11 − 7)/2 = 2, trend (7 − 2)/(7 + 2) = 5/9 (= +250%); last engagement on T → 0.
/// E: NPS 2024-06-30 10 (on T) → count 1, last 10, days 0, promoter. Engagement 05-31 likes 7 (= T−30, only in
/// the 90-day window), 06-01 shares 2 → shares30 2, likes90 7, shares90 2; r = 2, p = 3.5, trend −1.5/5.5;
/// last 06-01 → 29 days.
/// Comments carry a planted sentiment (as the job marks them after the comment analyzer): A commented on 2024-04-15
/// twice (+0.75 with the 10, +0.25 with the 8: one day, mean +0.5), on 2024-01-15 (−0.5, earlier) and on 2024-08-01
/// (−1, after T: must not count) → has commented 1, latest comment sentiment 0.5; F commented on 2021-01-01 (−0.25)
/// → 1, −0.25; B and E have no comment → 0, 0.
/// F: NPS 2021-01-01 0 → 1276 days, capped at 730; detractor. Engagement 2023-01-01 likes 1 → 546 days, capped at
/// 365, but has_no_engagement = 0.
///
/// The shrunk NPS features (NPSPrior, estimated from every customer's daily scores dated ≤ T, C's included): A 6 and
/// 9, C 2, E 10, F 0: N = 5, I = 4, m = 27/5 = 5.4; SSW = 1.5² + 1.5² = 4.5, MSW = 4.5/(5 − 4) = 4.5;
/// SSB = 2·2.1² + 3.4² + 4.6² + 5.4² = 70.7, MSB = 70.7/3; n₀ = (5 − 7/5)/3 = 1.2; τ² = (70.7/3 − 4.5)/1.2 = 143/9;
/// k = 4.5/(143/9) = 81/286, k·m = 2187/1430 (fractions by hand, checked with Python's `fractions`).
/// A (n 2, Σ 15, last 9, min 6, tenure 366): shrunk mean (15 + k·m)/(2 + k) = 23637/3265; earlier shrunk mean
/// (6 + k·m)/(1 + k) = 10767/1835, relative 9 − 10767/1835 = 5748/1835; shrunk min (12 + k·m)/(2 + k) = 19347/3265;
/// rate 2·365/366. E (one answer 10, tenure 121): (10 + k·m)/(1 + k) = 16487/1835 (mean and min), relative
/// 10 − m = 4.6, rate 365/121. F (one answer 0, tenure 1642): 2187/1835, relative −5.4, rate 365/1642. B: all 0.
struct Fixture {
    static let asOf = day("2024-06-30")

    static let customers = CustomerTable(
        ids: ["A", "B", "C", "D", "E", "F"],
        signup: [day("2023-06-30"), day("2024-01-01"), day("2022-01-01"), day("2024-07-01"), day("2024-03-01"),
                 day("2020-01-01")],
        churn: [nil, nil, day("2024-06-30"), nil, day("2024-09-28"), day("2024-09-29")],
        numericAttributes: [NamedColumn(name: "seats", values: [10, .nan, 100, 100, 4, 2])],
        categoricalAttributes: [NamedColumn(name: "plan", values: ["pro", "basic", "enterprise", "enterprise",
                                                                   "pro", ""])])

    static let nps: [NPSResponse] = [
        NPSResponse(customer: 0, day: day("2024-04-15"), score: 10, hasComment: true, sentiment: 0.75),
        NPSResponse(customer: 0, day: day("2024-01-15"), score: 6, hasComment: true, sentiment: -0.5),
        NPSResponse(customer: 0, day: day("2024-08-01"), score: 3, hasComment: true, sentiment: -1),
        NPSResponse(customer: 0, day: day("2024-04-15"), score: 8, hasComment: true, sentiment: 0.25),
        NPSResponse(customer: 0, day: day("2024-10-15"), score: 5),
        NPSResponse(customer: 2, day: day("2024-05-01"), score: 2),
        NPSResponse(customer: 4, day: day("2024-06-30"), score: 10),
        NPSResponse(customer: 5, day: day("2021-01-01"), score: 0, hasComment: true, sentiment: -0.25),
    ]

    static func row(_ c: Int32, _ d: String, likes: Int32 = 0, shares: Int32 = 0, comments: Int32 = 0,
                    dms: Int32 = 0) -> EngagementRow {
        EngagementRow(customer: c, day: day(d), likes: likes, shares: shares, comments: comments, dms: dms)
    }

    static let engagement: [EngagementRow] = [
        row(0, "2024-06-30", likes: 2), row(0, "2024-06-10", likes: 1, shares: 1), row(0, "2024-05-01", comments: 4),
        row(0, "2024-04-01", dms: 5), row(0, "2024-07-05", likes: 100), row(0, "2024-06-10", likes: 3),
        row(2, "2024-06-20", likes: 9), row(3, "2024-07-02", shares: 1),
        row(4, "2024-05-31", likes: 7), row(4, "2024-06-01", shares: 2),
        row(5, "2023-01-01", likes: 1),
    ]

    static let config = SnapshotConfig(asOf: [asOf], horizonDays: 90, rareLevelMinCount: 2)

    /// Expected rows, by hand (see the table above), in the table's column order.
    static let expectedNames = [
        "tenure_days", "nps_count", "nps_last_score", "nps_mean_score", "nps_days_since_last", "nps_trend_per_90d",
        "nps_change_from_previous", "nps_last_promoter", "nps_last_detractor", "has_no_nps",
        "nps_shrunk_mean", "nps_relative_to_own_mean", "nps_shrunk_min", "nps_response_rate",
        "nps_has_commented", "nps_last_comment_sentiment", "likes_30d", "shares_30d", "comments_30d", "dms_30d", "likes_90d", "shares_90d", "comments_90d", "dms_90d",
        "engagement_trend", "engagement_days_since_last", "has_no_engagement", "seats", "seats_missing", "plan=other",
    ]
    static let expected: [String: [Double]] = [
        "A": [366, 2, 9, 7.5, 76, 270.0 / 91, 3, 1, 0, 0, 23637.0 / 3265, 5748.0 / 1835, 19347.0 / 3265, 730.0 / 366, 1, 0.5, 6, 1, 0, 0, 6, 1, 4, 0, 5.0 / 9, 0, 0, 10, 0, 0],
        "B": [181, 0, 0, 0, 730, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 365, 1, 4, 1, 1],
        "E": [121, 1, 10, 10, 0, 0, 0, 1, 0, 0, 16487.0 / 1835, 4.6, 16487.0 / 1835, 365.0 / 121, 0, 0, 0, 2, 0, 0, 7, 2, 0, 0, -1.5 / 5.5, 29, 0, 4, 0, 0],
        "F": [1642, 1, 0, 0, 730, 0, 0, 0, 1, 0, 2187.0 / 1835, -5.4, 2187.0 / 1835, 365.0 / 1642, 1, -0.25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 365, 0, 2, 0, 1],
    ]
}

@Suite struct SnapshotBuilderFixtureTests {
    let table = try! SnapshotBuilder(Fixture.config).build(
        customers: Fixture.customers, nps: Fixture.nps, engagement: InMemoryEngagement(Fixture.engagement))

    @Test func onlyActiveCustomersGetRows() {
        #expect(table.rowCount == 4)
        #expect((0..<table.rowCount).map { table.customerId(row: $0) } == ["A", "B", "E", "F"])
        #expect(table.asOf == Array(repeating: Fixture.asOf, count: 4))
        #expect(table.snapshotDates == [Fixture.asOf])
        #expect(table.snapshotRows == [0..<4])
    }

    @Test func featuresMatchTheHandComputedTable() {
        #expect(table.featureNames == Fixture.expectedNames)
        for r in 0..<table.rowCount {
            let id = table.customerId(row: r)
            let expected = Fixture.expected[id]!
            for (j, name) in table.featureNames.enumerated() {
                let got = table.value(row: r, feature: j)
                #expect(abs(got - expected[j]) <= 1e-12 * max(1, abs(expected[j])), "\(id) \(name): \(got) ≠ \(expected[j])")
            }
        }
    }

    @Test func npsPriorMatchesTheHandComputedEstimate() throws {
        let prior = try #require(table.npsPriors.first)
        #expect(table.npsPriors.count == 1)
        #expect(abs(prior.mean - 5.4) <= 1e-15 && abs(prior.weight - 81.0 / 286) <= 1e-14)
        #expect(prior.respondents == 4 && prior.responseDays == 5 && prior.asOf == "2024-06-30")
    }

    @Test func labelsMatchTheHandComputedTable() {
        #expect(table.churned == [0, 0, 1, 0])  // E churns on T+90; F on T+91
        #expect(table.nextScore[0] == 3)
        #expect(table.nextScore[1...].allSatisfy { $0.isNaN })
        #expect(table.nextResponseCount == [1, 0, 0, 0])
        #expect(table.nextPromoterCount == [0, 0, 0, 0])
        #expect(table.nextDetractorCount == [1, 0, 0, 0])
        #expect(table.latestDataDay == day("2024-10-15"))
        #expect(table.labelsComplete(snapshot: 0))
    }

    @Test func matrixHasNoNaN() {
        #expect(table.values.count == table.rowCount * table.featureCount)
        #expect(table.values.allSatisfy { $0.isFinite })
    }

    @Test func encodingLearnedFromActiveCustomersOnly() {
        #expect(table.encoding == AttributeEncoding(
            numeric: [.init(name: "seats", fill: 4, missingIndicator: true)],
            categorical: [.init(name: "plan", reference: "pro", levels: [], hasOther: true)]))
    }

    @Test func engagementChangeReadsAsAPercentage() {
        // A: 7 in the last 30 days against 2 per 30 days before: +250%. E: 2 against 3.5: −42.857...%.
        let a = table.value(row: 0, .engagementTrend), e = table.value(row: 2, .engagementTrend)
        #expect(abs(FeatureDictionary.engagementPercentChange(trend: a)! - 250) < 1e-9)
        #expect(abs(FeatureDictionary.engagementPercentChange(trend: e)! - (2 - 3.5) / 3.5 * 100) < 1e-9)
        #expect(FeatureDictionary.engagementPercentChange(trend: 1) == nil)
    }
}

@Suite struct SnapshotSummaryTests {
    @Test func countsRowsAndLabelsPerSnapshot() throws {
        // At 2024-06-30: A, B, E, F (E churns, A answers). At 2024-09-30: A, B and D (signed up 07-01); E churned
        // 09-28 and F 09-29, C long before. A's 2024-10-15 response is in that horizon; the data end at 2024-10-15,
        // before 2024-09-30 + 90, so those labels are incomplete.
        let config = SnapshotConfig(asOf: [day("2024-09-30"), Fixture.asOf], rareLevelMinCount: 2)
        let table = try SnapshotBuilder(config).build(customers: Fixture.customers, nps: Fixture.nps,
                                                      engagement: InMemoryEngagement(Fixture.engagement))
        #expect(table.snapshotSummaries == [
            SnapshotSummary(asOf: "2024-06-30", rows: 4, churned: 1, withNextScore: 1, labelsComplete: true),
            SnapshotSummary(asOf: "2024-09-30", rows: 3, churned: 0, withNextScore: 1, labelsComplete: false),
        ])
    }
}
