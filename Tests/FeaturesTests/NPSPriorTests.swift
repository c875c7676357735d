import Testing
import Features
import Ingest
import TestSupport

/// The empirical-Bayes prior of the shrunk NPS features (`NPSPrior`), against values worked out by hand with exact
/// fractions (checked with Python's `fractions`), and the shrunk features of a base built on it.
@Suite struct NPSPriorTests {
    static func response(_ c: Int32, _ d: String, _ score: Int8) -> NPSResponse {
        NPSResponse(customer: c, day: day(d), score: score)
    }

    /// X answers 8 and 10, Y 4, 6 and 5 (the 6 is a same-day mean of 5 and 7), Z 9; a 0 of X after T counts not.
    /// N = 6, I = 3, m = 42/6 = 7; SSW = (1 + 1) + (1 + 1 + 0) = 4, MSW = 4/3; SSB = 2·2² + 3·2² + 1·2² = 24,
    /// MSB = 12; n₀ = (6 − 14/6)/2 = 11/6; τ² = (12 − 4/3)/(11/6) = 64/11; k = (4/3)/(64/11) = 11/48.
    static let base: [NPSResponse] = [
        response(0, "2024-01-10", 8), response(0, "2024-03-10", 10), response(0, "2024-07-10", 0),
        response(1, "2024-02-01", 4), response(1, "2024-04-01", 5), response(1, "2024-04-01", 7),
        response(1, "2024-05-01", 5), response(2, "2024-06-30", 9),
    ]

    @Test func methodOfMomentsMatchesTheHandComputedEstimate() {
        let prior = NPSPrior.estimate(responses: Self.base, customerCount: 4, asOf: day("2024-06-30"))
        #expect(abs(prior.mean - 7) <= 1e-15)
        #expect(abs(prior.weight - 11.0 / 48) <= 1e-14)
        #expect(prior.respondents == 3 && prior.responseDays == 6 && prior.asOf == "2024-06-30")
        #expect(abs(prior.weightedMean - 77.0 / 48) <= 1e-14)
    }

    @Test func withoutEnoughDataTheFallbacksHold() {
        let t = day("2024-06-30")
        // No score dated ≤ T: m 5, k 1.
        #expect(NPSPrior.estimate(responses: [Self.response(0, "2024-07-01", 3)], customerCount: 1, asOf: t)
                == NPSPrior(mean: 5, weight: 1, asOf: "2024-06-30", respondents: 0, responseDays: 0))
        // Everyone answered once: no within-customer variance to estimate; m is their mean (3 + 9)/2 = 6, k 1.
        let once = NPSPrior.estimate(responses: [Self.response(0, "2024-01-01", 3), Self.response(1, "2024-01-01", 9)],
                                     customerCount: 2, asOf: t)
        #expect(once == NPSPrior(mean: 6, weight: 1, asOf: "2024-06-30", respondents: 2, responseDays: 2))
        // Both customers' means are 5 (4, 6 and 6, 4): MSB = 0 < MSW, τ² < 0, so k is the cap.
        let alike = NPSPrior.estimate(responses: [Self.response(0, "2024-01-01", 4), Self.response(0, "2024-02-01", 6),
                                                  Self.response(1, "2024-01-01", 6), Self.response(1, "2024-02-01", 4)],
                                      customerCount: 2, asOf: t)
        #expect(alike.weight == NPSPrior.maxWeight && alike.mean == 5)
    }

    /// The base as a snapshot at T = 2024-06-30 (signups 2024-01-01, so tenure 181; W signed up on T, no answers).
    /// X: shrunk mean (18 + 77/48)/(2 + 11/48) = 941/107; earlier (8 + 77/48)/(1 + 11/48) = 461/59, relative
    /// 10 − 461/59 = 129/59; shrunk min (16 + 77/48)/(2 + 11/48) = 845/107; rate 2·365/181.
    /// Y (4, 6, 5): shrunk mean (15 + 77/48)/(3 + 11/48) = 797/155; earlier (10 + 77/48)/(2 + 11/48) = 557/107,
    /// relative 5 − 557/107 = −22/107; shrunk min (12 + 77/48)/(3 + 11/48) = 653/155; rate 3·365/181.
    /// Z (9, one answer): (9 + 77/48)/(1 + 11/48) = 509/59 (mean and min); relative 9 − 7 = 2; rate 365/181.
    @Test func shrunkFeaturesMatchTheHandComputedValues() throws {
        let signup = day("2024-01-01")
        let customers = CustomerTable(ids: ["X", "Y", "Z", "W"], signup: [signup, signup, signup, day("2024-06-30")],
                                      churn: [nil, nil, nil, nil], numericAttributes: [], categoricalAttributes: [])
        let table = try SnapshotBuilder(SnapshotConfig(asOf: [day("2024-06-30")])).build(
            customers: customers, nps: Self.base, engagement: InMemoryEngagement([]))
        let expected: [[Double]] = [
            [941.0 / 107, 129.0 / 59, 845.0 / 107, 730.0 / 181],
            [797.0 / 155, -22.0 / 107, 653.0 / 155, 1095.0 / 181],
            [509.0 / 59, 2, 509.0 / 59, 365.0 / 181],
            [0, 0, 0, 0],
        ]
        let columns: [BuiltInFeature] = [.npsShrunkMean, .npsRelativeToOwnMean, .npsShrunkMin, .npsResponseRate]
        for r in 0..<4 {
            for (f, want) in zip(columns, expected[r]) {
                let got = table.value(row: r, f)
                #expect(abs(got - want) <= 1e-13 * max(1, abs(want)), "\(table.customerId(row: r)) \(f.name): \(got) ≠ \(want)")
            }
        }
    }

    /// Each snapshot of a stack uses m and k estimated at its own date (its rows equal a single-date table's); given
    /// priors (a model's) are used for their dates, the latest before it for a later date.
    @Test func eachSnapshotUsesItsOwnDateOrTheGivenPriors() throws {
        let signup = day("2024-01-01")
        let customers = CustomerTable(ids: ["X", "Y", "Z", "V"], signup: Array(repeating: signup, count: 4),
                                      churn: [nil, nil, nil, nil], numericAttributes: [], categoricalAttributes: [])
        func build(_ dates: [Day], priors: [NPSPrior]? = nil) throws -> FeatureTable {
            var config = SnapshotConfig(asOf: dates)
            config.npsPriors = priors
            return try SnapshotBuilder(config).build(customers: customers, nps: Self.base,
                                                     engagement: InMemoryEngagement([]))
        }
        let (june, september) = (day("2024-06-30"), day("2024-09-30"))
        let stacked = try build([september, june])
        let juneOnly = try build([june]), septemberOnly = try build([september])
        #expect(stacked.npsPriors == [NPSPrior.estimate(responses: Self.base, customerCount: 4, asOf: june),
                                      NPSPrior.estimate(responses: Self.base, customerCount: 4, asOf: september)])
        #expect(stacked.npsPriors[0] != stacked.npsPriors[1])  // X's 0 of 2024-07-10 counts at 2024-09-30 only
        #expect(stacked.featuresByKey(snapshot: june) == juneOnly.featuresByKey())
        #expect(stacked.featuresByKey(snapshot: september) == septemberOnly.featuresByKey())

        let given = [NPSPrior(mean: 6, weight: 2, asOf: "2024-06-30", respondents: 10, responseDays: 20),
                     NPSPrior(mean: 8, weight: 1, asOf: "2023-12-31", respondents: 5, responseDays: 9)]
        let scored = try build([june, day("2024-12-31"), day("2023-06-30")], priors: given)
        #expect(scored.npsPriors == [given[1], given[0], given[0]])  // before any: the earliest; after: the latest
        // Z answered 9 once: at 2024-06-30 (9 + 2·6)/(1 + 2) = 7, relative 9 − 6 = 3.
        let z = (0..<scored.rowCount).first { scored.customerId(row: $0) == "Z" && scored.asOf[$0] == june }!
        #expect(abs(scored.value(row: z, .npsShrunkMean) - 7) <= 1e-15)
        #expect(scored.value(row: z, .npsRelativeToOwnMean) == 3)
    }

    /// Reasons and drivers net the new columns with the rest of the NPS history (FeatureFamily reads the dictionary).
    @Test func theShrunkColumnsAreInTheNPSHistoryFamily() {
        let names = ["nps_shrunk_mean", "nps_relative_to_own_mean", "nps_shrunk_min", "nps_response_rate"]
        let families = FeatureFamily.families(featureNames: names, encoding: AttributeEncoding(numeric: [], categorical: []))
        #expect(names.allSatisfy { families[$0] == .nps })
        #expect(FeatureDictionary.builtIn().filter { names.contains($0.name) }.allSatisfy {
            $0.group == "nps" && !$0.meaning.isEmpty && !$0.whenMissing.isEmpty })
    }
}
