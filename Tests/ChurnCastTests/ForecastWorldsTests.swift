import Foundation
import Testing
@testable import ChurnCast
import Features
import Synthetic
import Ingest
import Forecast
import TestSupport

/// The NPS forecast out of sample on two independent synthetic worlds, as `scripts/worlds.sh` measures it (smaller
/// bases): world 1 is the project's generator (`GeneratedBase`), world 2 `SecondWorld` (own engagement baselines,
/// satisfaction-dependent response, scale-use bias). At each quarter end T from 2025-03-31 to 2026-06-30 a model is
/// trained on the quarter ends 2024-12-31 … T − 1 quarter only and forecasts the calendar quarter after T; the
/// reference is the actual NPS of that quarter (counted from the answers) and naive = the quarter ending at T.
@Suite(.serialized) struct ForecastWorldsTests {
    static let customers = 4000
    /// The shocked bases are larger: their check is at one origin, where 4,000 customers leave too few answers.
    static let shockCustomers = 10000
    static let origins = ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31", "2026-06-30"].map(day)
    static let quarterEnds = ["2024-12-31"].map(day) + origins

    struct Outcome { var errors: [Double] = [], naive: [Double] = [], covered80 = 0, covered95 = 0
        /// The forecast at the last origin, for the printout.
        var last: GroupForecast?
        /// At the last origin, when asked: the shocked plan's own forecast (`forecast --by plan`), its naive, and
        /// the actual NPS of its answers in the quarter after T.
        var plan: (forecast: Double, naive: Double, actual: Double)?
        var modelMAE: Double { errors.map(abs).reduce(0, +) / Double(errors.count) }
        var naiveMAE: Double { naive.map(abs).reduce(0, +) / Double(naive.count) }
    }

    nonisolated(unsafe) static var cache: [String: Outcome] = [:]
    static let lock = NSLock()

    /// Rolling-origin forecasts on the base in `dir` (once per base and process); `lastOnly`: at the last origin;
    /// `plan`: also that plan's own forecast there (`Outcome.plan`).
    static func rolling(_ dir: String, lastOnly: Bool = false, plan: String? = nil) throws -> Outcome {
        lock.lock()
        defer { lock.unlock() }
        if let done = cache[dir] { return done }
        let outcome = try computeRolling(dir, at: lastOnly ? [origins.count - 1] : Array(origins.indices), plan: plan)
        cache[dir] = outcome
        return outcome
    }

    static func computeRolling(_ dir: String, at chosen: [Int], plan: String? = nil) throws -> Outcome {
        let data = try SyntheticBase.load(dir)
        var out = Outcome()
        for k in chosen {
            let t = origins[k]
            let trainer = Trainer(TrainingConfig(snapshot: SnapshotConfig(asOf: Array(quarterEnds[...k]))))
            let model = try trainer.train(customers: data.customers, nps: data.nps, engagement: data.engagement,
                                          createdAt: "2026-12-06T00:00:00Z").model
            let check = try EvaluationRun(model: model).run(customers: data.customers, nps: data.nps,
                                                            engagement: data.engagement, asOf: t).outcome.forecast
            guard let check, let e = check.forecastError, let n = check.naiveError else { continue }
            out.errors.append(e)
            out.naive.append(n)
            if check.covered80 == true { out.covered80 += 1 }
            if check.covered95 == true { out.covered95 += 1 }
            out.last = check.forecast
            if let plan, k == origins.count - 1 {
                out.plan = try planForecast(plan, model: model, data: data, asOf: t)
            }
        }
        return out
    }

    /// `plan`'s own forecast at T from `forecast --by plan`, its naive, and its actual NPS in the quarter after T
    /// (counted from the answers).
    static func planForecast(_ plan: String, model: ChurnCastModel, data: LoadedExports, asOf t: Day) throws
        -> (forecast: Double, naive: Double, actual: Double)? {
        let run = try ForecastRun(model: model).run(customers: data.customers, nps: data.nps,
                                                     engagement: data.engagement, asOf: t, segmentBy: "plan")
        let segmentation = try ForecastRunner(customers: data.customers, responses: data.nps)
            .segmentation(by: "plan")
        let next = QuarterlyNPS.tally(data.nps, after: t, through: day(run.periodEnd), segmentation: segmentation)
        guard let g = run.forecast.segments.first(where: { $0.label == plan }), let naive = g.naive,
              let actual = next[plan]?.score else { return nil }
        return (g.point, naive, actual)
    }

    static func worldTwo(seed: UInt64, shock: SecondWorldShock? = nil, customers: Int = customers) throws -> String {
        let dir = TemporaryDirectory.shared.file("world2-\(customers)-\(seed)-\(shock == nil ? "stable" : "shock")")
        if FileManager.default.fileExists(atPath: dir + "/customers.csv") { return dir }
        _ = try SecondWorld.write(SecondWorldConfig(customers: customers, seed: seed, shock: shock), to: dir)
        return dir
    }

    static func worldOne(seed: UInt64, shock: SatisfactionShock? = nil, customers: Int = customers) throws -> String {
        let dir = TemporaryDirectory.shared.file("world1-\(customers)-\(seed)-\(shock == nil ? "stable" : "shock")")
        if FileManager.default.fileExists(atPath: dir + "/ground_truth.json") { return dir }
        try GeneratedBase.write(SyntheticConfig(customers: customers, seed: seed, shock: shock), to: dir)
        return dir
    }

    /// Beats or ties naive over the backtest on a stable base. "Ties" allows 10% of naive's MAE: with ~1,500
    /// answers a quarter naive's error is mostly sampling noise (sd ≈ 2.3 points), which no forecast can remove.
    @Test(arguments: [1, 2] as [UInt64])
    func stableWorldsTieOrBeatNaive(seed: UInt64) throws {
        for (name, dir) in [("world 1", try Self.worldOne(seed: seed)), ("world 2", try Self.worldTwo(seed: seed))] {
            let o = try Self.rolling(dir)
            print("\(name) seed \(seed): forecast MAE \(o.modelMAE) vs naive \(o.naiveMAE) over \(o.errors.count) quarters; covered \(o.covered80) (80%), \(o.covered95) (95%); errors \(o.errors), naive \(o.naive)")
            #expect(o.errors.count == Self.origins.count)
            #expect(o.modelMAE <= 1.1 * o.naiveMAE, "\(name)")
        }
    }

    /// The 80% and 95% intervals over all quarters of both worlds and both seeds (24). Binomial(24, 0.8): 15 to 23
    /// covered holds with probability 0.95 (P(≤ 14) = 0.040, P(24) = 0.005), so the 80% interval must cover at
    /// least 15 and miss at least once (the intervals before issue 11's change covered 23 and 24 of 24: too wide);
    /// the 95% one at least 20 (Binomial(24, 0.95): P(≤ 19) = 0.03).
    @Test func intervalsHoldNearTheirLevels() throws {
        var n = 0, in80 = 0, in95 = 0
        for seed: UInt64 in [1, 2] {
            for dir in [try Self.worldOne(seed: seed), try Self.worldTwo(seed: seed)] {
                let o = try Self.rolling(dir)
                n += o.errors.count
                in80 += o.covered80
                in95 += o.covered95
            }
        }
        print("interval coverage over \(n) quarters: \(in80) (80%), \(in95) (95%)")
        #expect(n == 24)
        #expect(in80 >= 15 && in80 <= 23)
        #expect(in95 >= 20)
    }

    /// After a planted drop in one plan's satisfaction two months before T (visible at T in that plan's latest
    /// answers) the forecast should beat naive at T: the quarter ending at T mixes a month of the old level with two
    /// of the new one, and the recent half of its answers shows the change (`RecentLevel`). One base's error at T is
    /// one noisy draw (at 10,000 customers ~1,900 answers a quarter, naive's sampling sd ≈ 1.8 points against a
    /// shift of 3–6 points not yet in naive), so the check is the mean |error| over both worlds and both seeds.
    @Test func plantedShiftBeatsNaive() throws {
        var ours = 0.0, naive = 0.0
        for seed: UInt64 in [1, 2] {
            let (one, two) = try Self.shocked(seed: seed)
            for (name, o) in [("world 1", one), ("world 2", two)] {
                let f = o.last!
                print("\(name) shock seed \(seed): error at T \(o.errors.last!) vs naive \(o.naive.last!); forecast \(f.point) = naive \(f.naive!) + recent shift \(f.recent?.shift ?? 0) (z \(f.recent?.z ?? 0)) + \(f.modelWeight!) × model term")
                ours += abs(o.errors.last!)
                naive += abs(o.naive.last!)
            }
        }
        print("shock at T, mean |error| over 4 bases: \(ours / 4) vs naive \(naive / 4)")
        #expect(ours < naive)
    }

    /// The shocked bases at T with the shocked plan's own forecast (world 1: pro, world 2: team).
    static func shocked(seed: UInt64) throws -> (one: Outcome, two: Outcome) {
        let one = try rolling(try worldOne(seed: seed, shock: SatisfactionShock(
            segment: .plan, level: "pro", date: day("2026-05-01"), size: -1.0), customers: shockCustomers),
            lastOnly: true, plan: "pro")
        let two = try rolling(try worldTwo(seed: seed, shock: SecondWorldShock(
            plan: "team", date: WorldDate(year: 2026, month: 5, day: 1), moodDrop: 0.8),
            customers: shockCustomers), lastOnly: true, plan: "team")
        return (one, two)
    }

    /// Where the planted shift is visible at T: in the shocked plan's own answers. Its forecast by plan (its own
    /// recent-half test at 1%, `RecentLevel`) beats its naive figure at T on every shocked base. The overall figure
    /// need not: on world 2 seed 1 the team plan's halves differ at z = −3.2 (net of what the model explains), but
    /// the other plans' halves rose by chance and the overall ones differ at z = −1.3 only, so the overall forecast
    /// ties naive there (RESULTS.md). The margin is wide: at 10,000 customers the plan's naive misses by 13–30
    /// points (the shift not yet in it), its actual has a sampling sd of about 3.
    @Test func shockedPlanOwnForecastBeatsItsNaive() throws {
        for seed: UInt64 in [1, 2] {
            let (one, two) = try Self.shocked(seed: seed)
            for (name, o) in [("world 1", one), ("world 2", two)] {
                let p = try #require(o.plan)
                print("\(name) shock seed \(seed), shocked plan at T: forecast \(p.forecast), naive \(p.naive), actual \(p.actual)")
                #expect(abs(p.forecast - p.actual) < abs(p.naive - p.actual), "\(name) seed \(seed)")
            }
        }
    }
}
