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
    static let origins = ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31", "2026-06-30"].map(day)
    static let quarterEnds = ["2024-12-31"].map(day) + origins

    struct Outcome { var errors: [Double] = [], naive: [Double] = [], covered80 = 0, covered95 = 0
        var modelMAE: Double { errors.map(abs).reduce(0, +) / Double(errors.count) }
        var naiveMAE: Double { naive.map(abs).reduce(0, +) / Double(naive.count) }
    }

    nonisolated(unsafe) static var cache: [String: Outcome] = [:]
    static let lock = NSLock()

    /// Rolling-origin forecasts on the base in `dir` (once per base and process).
    static func rolling(_ dir: String) throws -> Outcome {
        lock.lock()
        defer { lock.unlock() }
        if let done = cache[dir] { return done }
        let outcome = try computeRolling(dir)
        cache[dir] = outcome
        return outcome
    }

    static func computeRolling(_ dir: String) throws -> Outcome {
        let data = try SyntheticBase.load(dir)
        var out = Outcome()
        for (k, t) in origins.enumerated() {
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
        }
        return out
    }

    static func worldTwo(seed: UInt64, shock: SecondWorldShock? = nil) throws -> String {
        let dir = TemporaryDirectory.shared.file("world2-\(customers)-\(seed)-\(shock == nil ? "stable" : "shock")")
        if FileManager.default.fileExists(atPath: dir + "/customers.csv") { return dir }
        _ = try SecondWorld.write(SecondWorldConfig(customers: customers, seed: seed, shock: shock), to: dir)
        return dir
    }

    static func worldOne(seed: UInt64, shock: SatisfactionShock? = nil) throws -> String {
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

    /// The 80% and 95% intervals over all quarters of both worlds and both seeds (24): with binomial sd
    /// √(0.8 · 0.2 / 24) = 0.08, at least 60% for the 80% interval and 80% for the 95% one (about 2.5 sd below).
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
        print("interval coverage over \(n) quarters: \(Double(in80) / Double(n)) (80%), \(Double(in95) / Double(n)) (95%)")
        #expect(Double(in80) / Double(n) >= 0.6 && Double(in95) / Double(n) >= 0.8)
    }

    /// After a planted drop in one plan's satisfaction two months before T (visible at T in that plan's engagement
    /// and latest answers) the forecast should beat naive at T. Known gap: the composition design cancels a level
    /// change the model has seen (it is in last quarter's NPS, but only for the weeks after the shock), and the
    /// combination learns its weights from stable quarters, so it stays near naive.
    @Test func plantedShiftBeatsNaive() throws {
        let one = try Self.rolling(try Self.worldOne(seed: 1, shock: SatisfactionShock(
            segment: .plan, level: "pro", date: day("2026-05-01"), size: -1.0)))
        let two = try Self.rolling(try Self.worldTwo(seed: 1, shock: SecondWorldShock(
            plan: "team", date: WorldDate(year: 2026, month: 5, day: 1), moodDrop: 0.8)))
        for (name, o) in [("world 1", one), ("world 2", two)] {
            print("\(name) shock: |error| at T \(abs(o.errors.last!)) vs naive \(abs(o.naive.last!))")
            withKnownIssue("the forecast does not yet beat naive after a shift (issue 11)", isIntermittent: true) {
                #expect(abs(o.errors.last!) < abs(o.naive.last!), "\(name)")
            }
        }
    }
}
