import Testing
@testable import ChurnCast
import Features
import Ingest

/// The pieces of the report for today that are pure arithmetic on dates and counts, against hand-worked cases.
@Suite struct TodayReportPartsTests {
    static func day(_ s: String) -> Day { Day.parse(s)! }

    /// With a 90-day horizon and data to 2026-09-30: an as-of date whose outcome is in the data is evaluated as
    /// is; 2026-09-30 itself falls back to 2026-06-30 (2026-06-30 + 90 = 2026-09-28 ≤ 2026-09-30), data ending
    /// 2026-09-27 to 2026-03-31 (2026-06-30 + 90 is then one day too late); never on or before the last training
    /// snapshot.
    @Test func evaluationDateIsTheLatestCompleteQuarter() {
        func date(_ asOf: String, latest: String, training: String? = "2026-03-31") -> String {
            TodaySnapshot.evaluationDate(asOf: Self.day(asOf), horizon: 90, latest: Self.day(latest),
                                         lastTraining: training.map(Self.day)).description
        }
        #expect(date("2026-06-30", latest: "2026-09-30") == "2026-06-30")
        #expect(date("2026-09-30", latest: "2026-09-30") == "2026-06-30")
        #expect(date("2026-08-15", latest: "2026-09-30") == "2026-06-30")
        #expect(date("2026-09-30", latest: "2026-09-27", training: "2025-12-31") == "2026-03-31")
        // The only complete quarter is a training snapshot: the as-of date stays (its evaluation says why not).
        #expect(date("2026-09-30", latest: "2026-09-27") == "2026-09-30")
    }

    /// Pooled two-proportion z test, worked by hand: 30 of 100 against 20 of 100, pooled p = 0.25,
    /// SE = √(0.25 · 0.75 · 0.02) = 0.061237, z = 1.63299, two-sided p = 0.10247 (normal table).
    @Test func twoProportionTest() {
        #expect(abs(TodayContent.twoProportionPValue(30, 100, 20, 100) - 0.10247) < 1e-4)
        #expect(TodayContent.twoProportionPValue(0, 10, 0, 20) == 1)
    }

    /// Plain names by family: built-ins by their feature-dictionary group, attribute columns by their attribute,
    /// an unlisted column by its prefix (a new "activity_" group gets a family of its own).
    @Test func riskFamilyNames() {
        let families = FeatureFamily.families(
            featureNames: ["tenure_days", "nps_last_score", "likes_90d", "activity_orders_30d", "monthly_fee"],
            encoding: AttributeEncoding())
        func name(_ feature: String) -> String? { families[feature].map(RiskFamilies.name) }
        #expect(name("tenure_days") == "Tenure")
        #expect(name("nps_last_score") == "NPS history")
        #expect(name("likes_90d") == "Engagement")
        #expect(name("activity_orders_30d") == "Activity")
        #expect(name("monthly_fee") == "Monthly fee")
        #expect(RiskFamilies.name(.attribute("plan")) == "Plan")
    }

    /// In a table of other activity channels, every per-channel and per-customer activity column is in the
    /// activity family (names from ActivityFeatures: `orders_30d`, `revenue_per_active_day`, `has_no_activity`).
    @Test func activityChannelColumnsAreOneFamily() {
        let channels = [ActivityChannel(name: "orders", amount: false), ActivityChannel(name: "revenue", amount: true)]
        let names = ["tenure_days", "orders_30d", "revenue_per_active_day", "has_no_activity", "country=DE"]
        let families = FeatureFamily.families(featureNames: names, encoding: AttributeEncoding(),
                                              activityChannels: channels)
        #expect(families["orders_30d"] == FeatureFamily(group: "activity"))
        #expect(families["revenue_per_active_day"] == FeatureFamily(group: "activity"))
        #expect(families["has_no_activity"] == FeatureFamily(group: "activity"))
        #expect(families["tenure_days"] == .tenure)
        // Without the channels, a channel column is taken for an attribute of its own.
        #expect(FeatureFamily.families(featureNames: names, encoding: AttributeEncoding())["orders_30d"]
                    == .attribute("orders_30d"))
    }
}
