import Ingest

/// The population mean m and the empirical-Bayes weight k that `nps_shrunk_mean`, `nps_shrunk_min` and
/// `nps_relative_to_own_mean` pull a customer's few answers toward: (Σ daily scores + k·m)/(n + k).
///
/// Estimated for each snapshot from every customer's daily scores dated ≤ its as-of date T (so no feature at T sees
/// a row after T, and a stacked table's rows equal single-date tables'), by the method of moments of the one-way
/// random-effects model
/// y_ij = θ_i + e_ij (Searle, Casella & McCulloch, *Variance Components*, 1992, §3.6, unbalanced data):
/// m = the mean of all daily scores; σ²_w = MSW = Σ_i Σ_j (y_ij − ȳ_i)² / (N − I) (within customers);
/// τ² = (MSB − MSW)/n₀ with MSB = Σ_i n_i (ȳ_i − m)² / (I − 1) and n₀ = (N − Σ n_i²/N)/(I − 1) (between customers);
/// k = σ²_w/τ², the number of answers whose information equals the population's. Training records its snapshots'
/// in the model file (`SnapshotConfig.npsPriors`); scoring and `churncast sql` use them (`pick`).
public struct NPSPrior: Codable, Sendable, Equatable {
    /// m: the mean of the daily scores it was estimated from.
    public var mean: Double
    /// k: how many answers' worth of weight m gets, in [0, `maxWeight`].
    public var weight: Double
    /// The as-of date (`YYYY-MM-DD`): the daily scores dated on or before it made the estimate.
    public var asOf: String
    /// I and N: the customers with a daily score dated ≤ that date, and their daily scores.
    public var respondents: Int
    public var responseDays: Int

    public init(mean: Double, weight: Double, asOf: String, respondents: Int, responseDays: Int) {
        self.mean = mean; self.weight = weight; self.asOf = asOf
        self.respondents = respondents; self.responseDays = responseDays
    }

    /// k when τ² ≤ 0 (customers differ no more than their answers do): the answers count for little, and the cap
    /// keeps the shrunk features from being a constant.
    public static let maxWeight = 100.0
    /// m without any daily score (the middle of the 0–10 scale) and k when the variances cannot be estimated
    /// (fewer than two respondents, or none with two response days): one answer's weight.
    public static let fallbackMean = 5.0
    public static let fallbackWeight = 1.0
    /// m and k without any estimate.
    public static let fallback = NPSPrior(mean: fallbackMean, weight: fallbackWeight, asOf: "", respondents: 0,
                                          responseDays: 0)

    /// The prior of `priors` (a model's) for a snapshot at `t`: the one estimated at `t`, else the latest dated
    /// before it (scoring after training), else the earliest; `fallback` when there is none.
    public static func pick(_ priors: [NPSPrior], at t: Day) -> NPSPrior {
        let date = t.description  // YYYY-MM-DD texts sort as the dates do
        return priors.filter { $0.asOf <= date }.max { $0.asOf < $1.asOf } ?? priors.min { $0.asOf < $1.asOf }
            ?? fallback
    }

    /// k·m, computed once so that `RowWriter` and the SQL of `churncast sql` add the same double.
    public var weightedMean: Double { weight * mean }

    /// The estimate from `responses` (same-day answers merged as the features merge them) dated ≤ `asOf`.
    public static func estimate(responses: [NPSResponse], customerCount: Int, asOf: Day) -> NPSPrior {
        let history = NPSHistory(responses: responses.filter { $0.day <= asOf }, customerCount: customerCount)
        return estimates(history, asOf: [asOf.index])[0]
    }

    /// The estimates from the daily scores of `history` dated ≤ each of `dates` (ascending), in one pass over the
    /// customers. Each customer's sums enter exact fixed-point totals (`Moments`), so the result does not depend
    /// on the order of the customers.
    static func estimates(_ history: NPSHistory, asOf dates: [Int32]) -> [NPSPrior] {
        var moments = [Moments](repeating: Moments(), count: dates.count)
        for c in 0..<(history.offsets.count - 1) {
            let lo = history.offsets[c], hi = history.offsets[c + 1]
            var k = lo, sum = 0.0
            for s in dates.indices {
                while k < hi && history.days[k] <= dates[s] { sum += history.scores[k]; k += 1 }
                guard k > lo else { continue }
                let mean = sum / Double(k - lo)
                var squares = 0.0
                for i in lo..<k { squares += (history.scores[i] - mean) * (history.scores[i] - mean) }
                moments[s].add(n: k - lo, sum: sum, squares: squares)
            }
        }
        return zip(dates, moments).map { prior(from: $1, asOf: Day(index: $0).description) }
    }

    /// m and k from the sums of one date (formulas above); the fallbacks when they cannot be estimated.
    private static func prior(from t: Moments, asOf: String) -> NPSPrior {
        guard t.days > 0 else {
            return NPSPrior(mean: fallbackMean, weight: fallbackWeight, asOf: asOf, respondents: 0, responseDays: 0)
        }
        let days = Double(t.days), total = Double(t.total) / Moments.scale
        let m = total / days
        let out = { (k: Double) in
            NPSPrior(mean: m, weight: k, asOf: asOf, respondents: t.respondents, responseDays: t.days)
        }
        guard t.respondents >= 2, t.days - t.respondents >= 1 else { return out(fallbackWeight) }
        let dfBetween = Double(t.respondents - 1)
        let between = Double(t.meanSquares) / Moments.scale - total * total / days  // Σ n_i (ȳ_i − m)²
        let msw = Double(t.within) / Moments.scale / Double(t.days - t.respondents), msb = between / dfBetween
        let n0 = (days - Double(t.squaredCounts) / days) / dfBetween
        let tau2 = (msb - msw) / n0
        return out(tau2 > 0 ? min(msw / tau2, maxWeight) : maxWeight)
    }

    /// The sums of one date over the respondents: counts exactly, and Σ sum_i, Σ squares_i and Σ sum_i²/n_i in
    /// fixed point (units of 2⁻²⁴, each customer's term rounded once), so adding them in any order gives the same
    /// totals. A term is at most 100·n_i, so the totals fit 64 bits up to 5·10⁹ daily scores.
    private struct Moments {
        static let scale = 16_777_216.0
        var respondents = 0, days = 0, squaredCounts = 0
        var total: Int64 = 0, within: Int64 = 0, meanSquares: Int64 = 0

        mutating func add(n: Int, sum: Double, squares: Double) {
            respondents += 1; days += n; squaredCounts += n * n
            total += Int64((sum * Self.scale).rounded())
            within += Int64((squares * Self.scale).rounded())
            meanSquares += Int64((sum * sum / Double(n) * Self.scale).rounded())
        }
    }
}
