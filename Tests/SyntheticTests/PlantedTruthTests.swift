import Foundation
import Ingest
import Testing
@testable import Synthetic

/// The exports carry the planted truth: checked by reading the CSVs back (with the tests' own parser) and
/// comparing with the latent states that `GroundTruth` replays.
@Suite struct PlantedTruthTests {
    static let config = SyntheticConfig(customers: 2_000, seed: 99)
    static let directory: String = try! generate(config, name: "truth")
    static let truth: GroundTruth = try! GroundTruth.load(from: directory)

    @Test func customersFileMatchesTheReplayedTruth() throws {
        let (_, rows) = try readExport(Self.directory, ExportLayout.customersFile)
        #expect(rows.count == 2_000)
        for (i, row) in rows.enumerated() {
            let c = Self.truth.customer(i)
            #expect(row["customer_id"] == c.id)
            #expect(row["signup_date"] == c.profile.signup.description)
            #expect(row["churn_date"] == (c.churn?.description ?? ""))
            #expect(row["plan"] == c.plan && row["region"] == c.region)
            #expect(Double(row["monthly_fee"]!) == c.profile.monthlyFee)
        }
    }

    /// Quarterly churn in the 5–8 % band the model was calibrated for (allowing sampling noise on 2,000 customers).
    @Test func churnRateInBand() throws {
        let summary = try #require(Self.truth.summary)
        let rate = try #require(summary.meanQuarterlyChurnRate)
        #expect(rate > 0.045 && rate < 0.085, "mean quarterly churn \(rate)")
        // Recount from customers.csv: quarter 2025Q2 (complete) churn among customers active on April 1.
        let (_, rows) = try readExport(Self.directory, ExportLayout.customersFile)
        let q = Self.truth.calendar.quarters[2]
        var active = 0, churned = 0
        for r in rows {
            let signup = day(r["signup_date"]!)!, churn = day(r["churn_date"]!)
            guard signup <= q.start, churn.map({ $0 > q.start }) ?? true else { continue }
            active += 1
            if let churn, churn <= q.end { churned += 1 }
        }
        #expect(summary.quarters[2].activeAtStart == active && summary.quarters[2].churned == churned)
    }

    /// Scores rise with satisfaction: the slope of score on the true satisfaction at the response recovers the
    /// planted slope b = 2 (attenuated a little by rounding and clamping to 0–10), and NPS is in the intended range.
    @Test func scoresReadSatisfaction() throws {
        let (_, rows) = try readExport(Self.directory, ExportLayout.npsFile)
        var xs: [Double] = [], ys: [Double] = []
        for r in rows {
            let i = CustomerID.index(of: r["customer_id"]!)!
            let state = try #require(Self.truth.latentState(customer: i, at: day(r["date"]!)!))
            xs.append(state.satisfaction); ys.append(Double(r["score"]!)!)
        }
        let mx = xs.reduce(0, +) / Double(xs.count), my = ys.reduce(0, +) / Double(ys.count)
        let sxy = zip(xs, ys).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = xs.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
        let slope = sxy / sxx
        #expect(slope > 1.6 && slope < 2.1, "slope \(slope)")
        let promoters = ys.filter { $0 >= 9 }.count, detractors = ys.filter { $0 <= 6 }.count
        let nps = 100 * Double(promoters - detractors) / Double(ys.count)
        #expect(nps > 0 && nps < 35, "NPS \(nps)")
    }

    /// Plan segments differ as planted (enterprise > pro > basic satisfaction, so NPS).
    @Test func segmentDifferences() throws {
        let plans = try #require(Self.truth.summary).plans
        let nps = plans.map { $0.nps ?? .nan }
        #expect(nps[0] < nps[1] && nps[1] < nps[2], "NPS by plan \(nps)")
        #expect(nps[2] - nps[0] > 15)
    }

    /// Engaged days per active day rise with satisfaction: compare customers in the top and bottom satisfaction
    /// thirds at 2026-03-31 over the 30 days before it, against the planted probabilities.
    @Test func engagementRisesWithSatisfaction() throws {
        let t = Day(year: 2026, month: 3, day: 31)!
        let (_, rows) = try readExport(Self.directory, ExportLayout.engagementFile)
        var engagedDays: [Int: Int] = [:]
        for r in rows {
            let d = day(r["date"]!)!
            if d > t.adding(days: -30) && d <= t { engagedDays[CustomerID.index(of: r["customer_id"]!)!, default: 0] += 1 }
        }
        var states: [(s: Double, p: Double, days: Int)] = []
        for i in 0..<Self.config.customers {
            let c = Self.truth.customer(i)
            guard c.profile.signup <= t.adding(days: -30), c.churn.map({ $0 > t }) ?? true,
                  let st = Self.truth.latentState(customer: i, at: t) else { continue }
            states.append((st.satisfaction, st.engagementProbability, engagedDays[i] ?? 0))
        }
        states.sort { $0.s < $1.s }
        let third = states.count / 3
        let low = states.prefix(third), high = states.suffix(third)
        func rate(_ s: ArraySlice<(s: Double, p: Double, days: Int)>) -> Double {
            Double(s.reduce(0) { $0 + $1.days }) / Double(30 * s.count)
        }
        #expect(rate(high) > 2 * rate(low), "engaged-day rate low \(rate(low)) high \(rate(high))")
        // The observed rate of the top third is close to its planted probability (the state drifts a little
        // over the 30 days, so allow 15 %).
        let planted = high.reduce(0) { $0 + $1.p } / Double(high.count)
        #expect(abs(rate(high) - planted) / planted < 0.15, "observed \(rate(high)) planted \(planted)")
    }

    /// Detractors churn away: customers whose last score before 2025-12-31 was 0–6 churn more in the next
    /// quarter than promoters.
    @Test func detractorsChurnMore() throws {
        let t = Day(year: 2025, month: 12, day: 31)!
        let (_, nps) = try readExport(Self.directory, ExportLayout.npsFile)
        var last: [Int: (Day, Int)] = [:]
        for r in nps {
            let d = day(r["date"]!)!, i = CustomerID.index(of: r["customer_id"]!)!
            if d <= t, last[i].map({ $0.0 <= d }) ?? true { last[i] = (d, Int(r["score"]!)!) }
        }
        var counts = [[0, 0], [0, 0]]  // [detractor, promoter] × [active, churned]
        for (i, (_, score)) in last where score <= 6 || score >= 9 {
            let c = Self.truth.customer(i)
            guard c.churn.map({ $0 > t }) ?? true else { continue }
            let k = score <= 6 ? 0 : 1
            counts[k][0] += 1
            if let churn = c.churn, churn <= t.adding(days: 90) { counts[k][1] += 1 }
        }
        let detractorRate = Double(counts[0][1]) / Double(counts[0][0])
        let promoterRate = Double(counts[1][1]) / Double(counts[1][0])
        #expect(detractorRate > 1.5 * promoterRate, "detractors \(detractorRate) promoters \(promoterRate)")
    }

    @Test func summaryCountsMatchTheFiles() throws {
        let s = try #require(Self.truth.summary)
        #expect(try readExport(Self.directory, ExportLayout.npsFile).rows.count == s.rows.npsResponses)
        #expect(try readExport(Self.directory, ExportLayout.engagementFile).rows.count == s.rows.engagement)
        #expect(s.rows.engagement > 20 * 2_000)  // about 35 per customer with the standard model
    }

    @Test func groundTruthRecordsSeedModelAndFormulas() throws {
        let text = String(decoding: try bytes(Self.directory + "/ground_truth.json"), as: UTF8.self)
        #expect(text.contains("\"seed\" : 99"))
        #expect(text.contains("\"churn_hazard\""))
        #expect(Self.truth.config == Self.config)
    }
}
