import Distributions

/// A two-sided interval for the NPS, clamped to [−100, 100].
public struct NPSInterval: Codable, Sendable, Equatable {
    /// Nominal coverage, e.g. 0.8.
    public var level: Double
    public var lower: Double
    public var upper: Double

    /// point ± q · sd with q the (1 + level) / 2 quantile of the normal, or of Student's t with
    /// `degreesOfFreedom` when given.
    public init(point: Double, standardError: Double, level: Double, degreesOfFreedom: Double? = nil) {
        let p = (1 + level) / 2
        let z = degreesOfFreedom.map { StudentT(degreesOfFreedom: $0).quantile(p) } ?? Normal.quantile(p)
        self.level = level
        self.lower = max(-100, point - z * standardError)
        self.upper = min(100, point + z * standardError)
    }

    public func contains(_ value: Double) -> Bool { value >= lower && value <= upper }
}

/// How a group's point forecast was made (see `NPSForecaster.Design`).
public enum ForecastMethod: String, Codable, Sendable {
    /// The model's level M alone (asked for, or no usable history).
    case level
    /// Last period's actual NPS plus the change in who is expected to answer: A + M − L.
    case composition
    /// M minus the model's mean miss over recent periods.
    case offsets
    /// A segment without answers last period: its level plus the overall group's anchor correction.
    case levelWithOverallAnchor
}

/// The next-period NPS forecast of one group (all customers, or one segment).
public struct GroupForecast: Codable, Sendable, Equatable {
    /// "all" for everyone, else the segment label.
    public var label: String
    /// Expected respondents n = Σ stay × respond, and the expected promoter and detractor shares among them.
    public var expectedRespondents: Double
    public var promoterShare: Double
    public var detractorShare: Double
    /// The model's own expected NPS, 100 × (p₊ − p₋).
    public var modelLevel: Double
    /// The naive forecast: the actual NPS of the period ending at the as-of date (`nil` without responses).
    public var naive: Double?
    /// Responses behind `naive`.
    public var naiveRespondents: Int
    public var method: ForecastMethod
    /// Periods of actual NPS the anchor used (0 for the level).
    public var anchorPeriods: Int
    /// Forecast before shrinkage toward the overall figure (equal to `point` for the overall group).
    public var unshrunk: Double
    /// The forecast.
    public var point: Double
    /// Weight on the overall forecast: 0 = the segment's own figure, 1 = the overall figure.
    public var shrinkage: Double
    /// Variance parts, NPS points²: next period's survey sampling; the sampling noise the anchor carries in; the
    /// model's error (from backtests).
    public var samplingVariance: Double
    public var anchorVariance: Double
    public var modelErrorVariance: Double
    /// √(total predictive variance): after shrinkage for segments.
    public var standardError: Double
    /// Degrees of freedom of the t quantiles behind the intervals (`ModelError.degreesOfFreedom`); `nil` = normal.
    public var degreesOfFreedom: Double?
    public var interval80: NPSInterval
    public var interval95: NPSInterval
    /// Fewer expected respondents than `Configuration.smallSegmentRespondents`: read with care.
    public var isSmall: Bool
    /// The model's forecast before the combination with naive (`ForecastCombination`), and the model's weight in
    /// `point`; `nil` in forecasts made before the combination existed.
    public var modelForecast: Double?
    public var modelWeight: Double?
    /// Sampling variance of `naive`, NPS points² (`nil` without responses).
    public var naiveVariance: Double?
    /// The change within the last period carried forward (`RecentLevel`): its shift is in `modelForecast` and in
    /// the combination's base, naive + shift; `nil` in forecasts made before it existed.
    public var recent: RecentLevel? = nil

    /// Sampling noise of the segment's own estimate (before next period's sampling and the model error): the
    /// starting points of the combination, weighted as in `ForecastCombination.knownVariance`, and the shift's.
    var ownVariance: Double {
        let w = modelWeight ?? 1
        return w * anchorVariance + (1 - w) * (naiveVariance ?? anchorVariance) + (recent?.shiftVariance ?? 0)
    }
}

/// Next period's NPS: overall, per segment, with the naive forecast beside each.
public struct NPSForecast: Codable, Sendable, Equatable {
    public var overall: GroupForecast
    /// In the segmentation's label order; empty without `--by`.
    public var segments: [GroupForecast]
    /// Spread of the true segment NPS around the overall one (DerSimonian–Laird, on each segment's own sampling
    /// noise), NPS points²; `nil` with fewer than two segments. At 0 no segment is shrunk (each keeps its own figure).
    public var betweenSegmentVariance: Double?
    public var configuration: NPSForecaster.Configuration
}
