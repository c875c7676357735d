import Foundation
import Ingest
import Testing
@testable import Synthetic

/// The oracle churn probability against what actually happened in generated data (calibration in bins) and
/// against a Monte Carlo simulation of the planted process written out here from the formulas in ground_truth.json.
@Suite struct OracleTests {
    static let config = SyntheticConfig(customers: 4_000, seed: 7)
    static let directory: String = try! generate(config, name: "oracle")
    static let truth: GroundTruth = try! GroundTruth.load(from: directory)
    static let asOfDates = ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31", "2026-06-30"]
        .map { Day.parse($0)! }

    /// (oracle probability, churned in (T, T+90]) for every customer active at each as-of date, labels taken
    /// from customers.csv, sorted by probability.
    static let pairs: [(p: Double, y: Bool)] = try! snapshots().sorted { $0.p < $1.p }

    static func snapshots() throws -> [(p: Double, y: Bool)] {
        let (_, rows) = try readExport(directory, ExportLayout.customersFile)
        var out: [(Double, Bool)] = []
        for t in asOfDates {
            let ids = rows.map { $0["customer_id"]! }
            let probabilities = truth.oracleChurnProbabilities(customerIDs: ids, asOf: t, horizon: 90)
            for (r, p) in zip(rows, probabilities) {
                let signup = day(r["signup_date"]!)!, churn = day(r["churn_date"]!)
                let active = signup <= t && (churn.map { $0 > t } ?? true)
                #expect((p != nil) == active, "oracle defined exactly for active customers")
                guard active, let p else { continue }
                out.append((p, churn.map { $0 <= t.adding(days: 90) } ?? false))
            }
        }
        return out
    }

    /// Ten equal-size bins by oracle probability: each bin's churn frequency is within 4 standard errors of its
    /// mean oracle probability, the Hosmer–Lemeshow statistic is below χ²(8) at 0.999 (26.12, from
    /// scipy.stats.chi2.ppf(0.999, 8)), and the overall mean within 3 standard errors.
    @Test func oracleIsCalibrated() throws {
        let pairs = Self.pairs
        #expect(pairs.count > 12_000)
        var hl = 0.0
        for b in 0..<10 {
            let bin = pairs[pairs.count * b / 10 ..< pairs.count * (b + 1) / 10]
            let n = Double(bin.count)
            let expected = bin.reduce(0) { $0 + $1.p }
            let observed = Double(bin.filter(\.y).count)
            let pBar = expected / n
            let se = (pBar * (1 - pBar) / n).squareRoot()
            #expect(abs(observed / n - pBar) < 4 * se, "bin \(b): observed \(observed / n), oracle \(pBar)")
            hl += (observed - expected) * (observed - expected) / (expected * (1 - pBar))
        }
        #expect(hl < 26.12, "Hosmer–Lemeshow \(hl)")
        let n = Double(pairs.count)
        let meanP = pairs.reduce(0) { $0 + $1.p } / n
        let rate = Double(pairs.filter(\.y).count) / n
        #expect(abs(rate - meanP) < 3 * (meanP * (1 - meanP) / n).squareRoot(), "rate \(rate) oracle \(meanP)")
    }

    /// The oracle ranks well: ROC-AUC (Mann–Whitney, computed here) well above chance and below perfection.
    @Test func oracleDiscriminates() throws {
        let pairs = Self.pairs
        var rankSum = 0.0, positives = 0.0
        for (i, pair) in pairs.enumerated() where pair.y { rankSum += Double(i + 1); positives += 1 }
        let negatives = Double(pairs.count) - positives
        let auc = (rankSum - positives * (positives + 1) / 2) / (positives * negatives)
        #expect(auc > 0.70 && auc < 0.9, "oracle AUC \(auc)")
    }

    /// For customers active at 2025-12-31, the oracle equals the mean over 3,000 simulated continuations of the
    /// latent AR(1) of the exact conditional churn probability 1 − Π_d (1 − h_d), within 4 Monte Carlo standard
    /// errors plus 0.002 for the oracle's approximation (independent days' hazards).
    @Test func oracleMatchesMonteCarlo() throws {
        let t = Day.parse("2025-12-31")!
        let model = Self.config.model
        let calendar = Self.truth.calendar
        var checked = 0
        var rng = Xoshiro256StarStar(seed: 123)
        for i in 0..<Self.config.customers where checked < 8 {
            guard let oracle = Self.truth.oracleChurnProbability(customer: i, asOf: t, horizon: 90) else { continue }
            let (profile, path, _) = Self.truth.replay(i)
            let w0 = calendar.week(of: t), lag = model.hazard.changeLagWeeks
            let lastWeek = calendar.week(of: t.adding(days: 90))
            var sum = 0.0, sumSq = 0.0
            let m = 3_000
            // s[w - first] for the weeks from w0 − lag to the horizon's last week.
            let first = w0 - lag
            let known = (first...w0).map { path.satisfaction(week: $0) }
            for _ in 0..<m {
                var s = known
                var x = path.deviation(week: w0)
                for w in (w0 + 1)...lastWeek {
                    x = model.satisfaction.persistence * x + model.satisfaction.innovationSD * rng.gaussian()
                    s.append(path.level(week: w) + x)
                }
                var logSurvival = 0.0
                for w in w0...lastWeek {
                    let start = calendar.weekStart(w)
                    let days = min(start.adding(days: 6), t.adding(days: 90)).days(since: max(start, t.adding(days: 1))) + 1
                    let tenureYears = Double(start.days(since: profile.signup)) / 365.25
                    let eta = model.hazard.intercept + model.plans[profile.plan].hazard
                        + model.hazard.feePer100 * profile.monthlyFee / 100 + model.hazard.logTenure * log(1 + tenureYears)
                        + model.hazard.satisfaction * s[w - first]
                        + model.hazard.satisfactionChange * (s[w - first] - s[w - lag - first])
                    logSurvival += Double(days) * log(1 - 1 / (1 + exp(-eta)))
                }
                let p = 1 - exp(logSurvival)
                sum += p; sumSq += p * p
            }
            let mean = sum / Double(m)
            let se = ((sumSq / Double(m) - mean * mean) / Double(m)).squareRoot()
            #expect(abs(oracle - mean) < 4 * se + 0.002, "customer \(i): oracle \(oracle) Monte Carlo \(mean) ± \(se)")
            checked += 1
        }
        #expect(checked == 8)
    }

    @Test func oracleIsNilWhenUndefined() throws {
        let t = Day.parse("2025-06-30")!
        var sawInactive = false
        for i in 0..<200 {
            let c = Self.truth.customer(i)
            let active = c.profile.signup <= t && (c.churn.map { $0 > t } ?? true)
            #expect((Self.truth.oracleChurnProbability(customer: i, asOf: t, horizon: 90) != nil) == active)
            sawInactive = sawInactive || !active
        }
        #expect(sawInactive)
        #expect(Self.truth.oracleChurnProbability(customerID: "C999999", asOf: t, horizon: 90) == nil)
        #expect(Self.truth.oracleChurnProbability(customerID: "nobody", asOf: t, horizon: 90) == nil)
        #expect(Self.truth.oracleChurnProbability(customer: 0, asOf: Self.config.end.adding(days: 1), horizon: 90) == nil)
    }

    /// A longer horizon never lowers the probability.
    @Test func oracleGrowsWithHorizon() throws {
        let t = Day.parse("2025-09-30")!
        for i in 0..<50 {
            guard let p30 = Self.truth.oracleChurnProbability(customer: i, asOf: t, horizon: 30),
                  let p90 = Self.truth.oracleChurnProbability(customer: i, asOf: t, horizon: 90) else { continue }
            #expect(p30 > 0 && p30 < p90 && p90 < 1)
        }
    }
}
