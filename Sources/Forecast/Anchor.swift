/// A group's point forecast before model error and shrinkage: the model's level corrected by the anchor.
struct AnchoredLevel {
    var figures: OutlookFigures
    /// M + correction, within ±100.
    var point: Double { max(-100, min(100, figures.nps + correction)) }
    /// Sampling variance the anchor carries into the forecast, NPS points².
    var anchorVariance: Double
    var method: ForecastMethod
    var periods: Int
    /// What was added to the model's level: point = M + correction.
    var correction: Double
    /// Last period's actual answers (the naive forecast).
    var naive: NPSTally?
}

/// The anchoring arithmetic of `NPSForecaster` for one group (overall or a segment).
struct Anchor {
    let design: NPSForecaster.Design
    let outlook: BySegment<OutlookFigures>
    let history: [PastPeriod]

    /// Pseudo-answers with which a segment's residual variance is shrunk toward the overall one, so a segment whose
    /// few answers happen to agree does not claim no sampling noise.
    static let priorAnswers = 3.0

    func raw(_ group: Int?, fallback: AnchoredLevel?) -> AnchoredLevel {
        let figures = outlook.value(group)
        let naive = history.first.map { $0.actual.value(group) }
        var anchored: AnchoredLevel?
        switch design {
        case .level: break
        case .composition: anchored = composition(figures, naive: naive, prior: overallResidualVariance)
        case .offsets(let k): anchored = offsets(group, figures: figures, periods: k, naive: naive)
        }
        if let anchored { return anchored }
        if let fallback, fallback.method != .level {
            return AnchoredLevel(figures: figures, anchorVariance: fallback.anchorVariance,
                                 method: .levelWithOverallAnchor, periods: fallback.periods,
                                 correction: fallback.correction, naive: naive)
        }
        return AnchoredLevel(figures: figures, anchorVariance: 0, method: .level, periods: 0, correction: 0,
                             naive: naive)
    }

    /// F = A + M − L. Var(A − L) from the per-answer residuals uⱼ = cⱼ − λ dⱼ 1[active], λ = n / a.
    func composition(_ f: OutlookFigures, naive: NPSTally?, prior: Double?) -> AnchoredLevel? {
        guard let tally = naive, let actual = tally.score, f.lastAnswers > 0 else { return nil }
        let correction = actual - f.lastModelNPS
        let n = Double(tally.total)
        var spread = residualSpread(f, tally: tally)
        if let prior {
            spread.sum += Self.priorAnswers * prior
            spread.df += Self.priorAnswers
        }
        let variance = spread.df > 0 ? 10_000 * (spread.sum / spread.df) / n : tally.samplingVariance ?? 0
        return AnchoredLevel(figures: f, anchorVariance: variance, method: .composition, periods: 1,
                             correction: correction, naive: naive)
    }

    /// Σ (uⱼ − ū)² and its degrees of freedom n − 1, on the ±1 scale.
    func residualSpread(_ f: OutlookFigures, tally: NPSTally) -> (sum: Double, df: Double) {
        let n = Double(tally.total), a = Double(f.lastAnswers), lambda = n / a
        let mean = (tally.score! - f.lastModelNPS) / 100
        let squares = Double(tally.promoters + tally.detractors) - 2 * lambda * a * f.lastCross
            + lambda * lambda * a * f.lastSquare
        return (max(0, squares - n * mean * mean), max(0, n - 1))
    }

    /// The overall group's per-answer residual variance, the prior for segments; `nil` when not computable.
    var overallResidualVariance: Double? {
        guard let tally = history.first?.actual.overall, tally.total > 1, outlook.overall.lastAnswers > 0 else {
            return nil
        }
        let s = residualSpread(outlook.overall, tally: tally)
        return s.df > 0 ? s.sum / s.df : nil
    }

    /// F = M − mean over the k most recent periods of (M(tⱼ) − A(tⱼ)).
    func offsets(_ group: Int?, figures: OutlookFigures, periods k: Int, naive: NPSTally?) -> AnchoredLevel? {
        var misses = 0.0, variances = 0.0, used = 0
        for period in history.prefix(k) {
            let tally = period.actual.value(group)
            guard let past = period.outlook?.value(group), past.expectedRespondents > 0,
                  let actual = tally.score, let v = tally.samplingVariance else { continue }
            misses += past.nps - actual
            variances += v
            used += 1
        }
        guard used > 0 else { return nil }
        let correction = -misses / Double(used)
        return AnchoredLevel(figures: figures, anchorVariance: variances / Double(used * used), method: .offsets,
                             periods: used, correction: correction, naive: naive)
    }
}
