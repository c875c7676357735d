/// A forecast combination of the model with the naive forecast (last period carried forward), its weight learned
/// from backtest errors, so that a model that has not earned its keep falls back to naive:
///
/// ```
/// C = N + w (F − N)      w = clamp₀¹( Σ dₜeₜ/σₜ² / (Σ dₜ²/σₜ² + 1/s₀²) )      dₜ = Fₜ − Nₜ,  eₜ = Aₜ − Nₜ
/// ```
///
/// eₜ = w dₜ + noise is the combination regression of Granger and Ramanathan (1984) with the weights summing to 1
/// and no intercept; σₜ² is the sampling variance of eₜ (next period's answers and last period's), and the prior
/// w ~ N(0, s₀²), s₀ = 0.5, pulls the weight toward naive by the weight's own noise: on a small base, where the
/// actual change is mostly sampling noise, a few lucky periods do not buy the model any weight; on a large one the
/// weight is about the least-squares one, Σ dₜeₜ / Σ dₜ². Constrained to [0, 1]. When a period carries a recent
/// shift s (`RecentLevel`), both N and F are moved by it (N + s is the base), so w weighs only the model's own term.
public struct ForecastCombination: Codable, Sendable, Equatable {
    /// w: the model's weight; 1 − w is naive's.
    public var modelWeight: Double
    /// The least-squares weight before the shrinkage toward naive; `nil` when it was not estimable.
    public var leastSquaresWeight: Double?
    /// Backtest periods with both a model and a naive figure.
    public var periods: Int
    /// Mean absolute errors over those periods, NPS points: the model, naive, and the combination at `modelWeight`.
    public var modelMAE: Double?
    public var naiveMAE: Double?
    public var combinedMAE: Double?

    /// s₀²: the prior variance of the weight around 0 (naive).
    public static let priorVariance = 0.25
    /// Periods needed before the model gets any weight.
    public static let minimumPeriods = 2

    public init(modelWeight: Double, leastSquaresWeight: Double? = nil, periods: Int = 0, modelMAE: Double? = nil,
                naiveMAE: Double? = nil, combinedMAE: Double? = nil) {
        precondition((0...1).contains(modelWeight), "a combination weight lies in 0…1")
        self.modelWeight = modelWeight
        self.leastSquaresWeight = leastSquaresWeight
        self.periods = periods
        self.modelMAE = modelMAE
        self.naiveMAE = naiveMAE
        self.combinedMAE = combinedMAE
    }

    /// The model alone (w = 1): what model files written before the combination existed mean.
    public static let modelOnly = ForecastCombination(modelWeight: 1)

    /// The combined point forecast; the model's own when there is no naive figure.
    public func combine(model: Double, naive: Double?) -> Double {
        guard let naive else { return model }
        return naive + modelWeight * (model - naive)
    }

    /// The weight learned from backtested periods (those without a naive figure are skipped); with fewer than
    /// `minimumPeriods`, naive (w = 0): one period cannot tell a model's skill from its luck, and the backtest
    /// (`evaluate --backtest`) needs two periods too.
    public static func fit(_ quarters: [BacktestQuarter]) -> ForecastCombination {
        var dd = 0.0, de = 0.0, weightedDD = 0.0, weightedDE = 0.0, k = 0
        var model = 0.0, naive = 0.0
        for q in quarters {
            guard let n = q.naive, let b = q.base else { continue }
            let d = q.forecast - b, e = q.actual - b
            let noise = max(1e-9, max(0, q.knownVariance - (q.anchorVariance ?? 0)) + (q.naiveVariance ?? 0))
            dd += d * d
            de += d * e
            weightedDD += d * d / noise
            weightedDE += d * e / noise
            model += abs(q.forecast - q.actual)
            naive += abs(q.actual - n)
            k += 1
        }
        guard k > 0 else { return ForecastCombination(modelWeight: 0) }
        let ls: Double? = dd > 0 ? min(1, max(0, de / dd)) : nil
        let w = k < minimumPeriods ? 0 : min(1, max(0, weightedDE / (weightedDD + 1 / priorVariance)))
        let combination = ForecastCombination(modelWeight: w, leastSquaresWeight: ls, periods: k)
        var combined = 0.0
        for q in quarters { if let b = q.base { combined += abs(combination.combine(model: q.forecast, naive: b) - q.actual) } }
        let count = Double(k)
        return ForecastCombination(modelWeight: w, leastSquaresWeight: ls, periods: k, modelMAE: model / count,
                                   naiveMAE: naive / count, combinedMAE: combined / count)
    }

    /// The sampling variance of the combined forecast's error that is known in advance: next period's sampling plus
    /// the weighted noise of the two starting points (the model's anchor, naive's last-period tally). The convex
    /// mix bounds the variance of the weighted sum from above when the two noises are positively correlated (they
    /// share last period's answers).
    public func knownVariance(next sampling: Double, anchor: Double, naive: Double?) -> Double {
        guard let naive else { return sampling + anchor }
        return sampling + modelWeight * anchor + (1 - modelWeight) * naive
    }
}
