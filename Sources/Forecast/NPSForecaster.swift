import Ingest

/// One past period: the actual NPS of (t − H, t] and, for the `offsets` design only, the outlook the model gave
/// for that period at its start t − H.
public struct PastPeriod: Codable, Sendable, Equatable {
    public var end: Day
    public var actual: BySegment<NPSTally>
    public var outlook: BySegment<OutlookFigures>?

    public init(end: Day, actual: BySegment<NPSTally>, outlook: BySegment<OutlookFigures>? = nil) {
        self.end = end
        self.actual = actual
        self.outlook = outlook
    }
}

/// Forecasts next period's NPS by anchoring the model on last period's actual NPS.
///
/// On a stable base last period's NPS A is a very strong forecast, while the model's level M = 100 (p₊ − p₋) is
/// off by a bias that hardly changes between periods (the normal approximation of the score, new customers who
/// answer but were not scored, …). The default design therefore forecasts the *change* that the model can explain,
/// which is who will answer next period compared with who answered last period, with each customer's expectation dᵢ
/// taken once, at the as-of date:
///
/// ```
/// F = A + M − L      M = 100 Σ wᵢdᵢ / Σ wᵢ (next period's expected answers, wᵢ = stay × respond)
///                    L = 100 Σ aᵢdᵢ / Σ aᵢ (last period's answers aᵢ of the customers still active)
/// ```
///
/// Detractors churning away, or a segment answering more often, move M away from L. The model's bias cancels
/// (it is in both M and L), and so does a drift the model has already seen, so it is not counted twice: A already
/// contains it. The same form is the regression (GREG) estimator of survey sampling, F = M + mean residual of last
/// period's answers, so it also removes part of A's sampling noise.
///
/// The forecast error has three parts: next period's sampling (`OutlookFigures.samplingVariance`), the sampling
/// noise of the anchor A − L (from the spread of last period's residuals), and the model's own error τ², which
/// `Backtest` estimates from how far past forecasts missed beyond what sampling explains. Intervals are normal, or
/// Student's t when τ² was estimated from few periods (`ModelError`); for the overall group a backtested variance
/// scale φ̂ replaces τ² (φ̂ × the known variance, t with as many degrees of freedom as backtest periods). A change
/// within the last period visible in its recent answers moves both starting points (`RecentLevel`).
public struct NPSForecaster: Sendable {
    /// How the point forecast uses the history.
    public enum Design: Codable, Sendable, Equatable {
        /// The model's level M alone.
        case level
        /// A + M − L (the default; see the type's documentation).
        case composition
        /// M − (1/k) Σⱼ (M(tⱼ) − A(tⱼ)) over the k most recent periods, where M(tⱼ) is the outlook made at the start
        /// of period j (`PastPeriod.outlook`). With k = 1 this is A + M(T) − M(T − H), which counts twice a drift
        /// the model has already seen (A contains it too); larger k averages the anchor's sampling noise but follows
        /// a shift in the model's bias slowly. Kept for comparison in backtests.
        case offsets(periods: Int)
    }

    public struct Configuration: Codable, Sendable, Equatable {
        public var design: Design
        /// Segments with fewer expected respondents are flagged `isSmall`.
        public var smallSegmentRespondents: Double

        public init(design: Design = .composition, smallSegmentRespondents: Double = 100) {
            self.design = design
            self.smallSegmentRespondents = smallSegmentRespondents
        }

        public func validate() throws {
            if case .offsets(let k) = design, k < 1 || k > 40 {
                throw ForecastError.invalidConfiguration(field: "design.offsets.periods",
                                                         expected: "an integer in 1...40", found: String(k))
            }
            if !(smallSegmentRespondents >= 0 && smallSegmentRespondents.isFinite) {
                throw ForecastError.invalidConfiguration(field: "smallSegmentRespondents",
                                                         expected: "a non-negative number",
                                                         found: String(smallSegmentRespondents))
            }
        }
    }

    public let configuration: Configuration

    public init(configuration: Configuration = Configuration()) throws {
        try configuration.validate()
        self.configuration = configuration
    }

    /// The forecast for the period after the as-of date.
    ///
    /// - Parameters:
    ///   - outlook: `NPSOutlook.aggregate` of the customers active at the as-of date.
    ///   - history: past periods, most recent first (the period ending at the as-of date first), with the same
    ///     segment labels; `composition` uses the first, `offsets(k)` the first k.
    ///   - modelError: from `Backtest` (`BacktestResult.modelError`); `.none` when there is no backtest yet.
    ///   - segmentModelErrors: one per segment label, from a backtest of each segment's forecast; `nil` applies
    ///     `modelError` to every segment (a segment's own drift then goes unaccounted for).
    ///   - combination: the weight of the model against naive (`ForecastCombination`), applied to every group;
    ///     `modelError` should then be the combination's (`Backtest.combinedModelError`).
    ///   - recent: the change within the last period to carry forward, per group (`RecentLevel`); `nil`: none.
    /// - Throws: `ForecastError.noExpectedRespondents` when nobody is expected to answer.
    public func forecast(outlook: BySegment<OutlookFigures>, history: [PastPeriod], modelError: ModelError = .none,
                         segmentModelErrors: [ModelError]? = nil, combination: ForecastCombination = .modelOnly,
                         recent: BySegment<RecentLevel>? = nil, asOf: String = "the as-of date") throws -> NPSForecast {
        precondition(segmentModelErrors == nil || segmentModelErrors!.count == outlook.labels.count,
                     "one model error per segment")
        // A scale is estimated on the overall group's errors; segments add its τ² to their own sampling instead.
        let errors = segmentModelErrors ?? [ModelError](repeating: modelError.additive, count: outlook.labels.count)
        precondition(history.allSatisfy { $0.actual.labels == outlook.labels }, "history and outlook segments differ")
        guard outlook.overall.expectedRespondents > 0 else { throw ForecastError.noExpectedRespondents(asOf: asOf) }
        let anchor = Anchor(design: configuration.design, outlook: outlook, history: history)
        let overallRaw = anchor.raw(nil, fallback: nil)
        let overall = finish(overallRaw, label: "all", modelError: modelError, combination: combination,
                             recent: recent?.overall)
        var segments = outlook.labels.indices.map {
            finish(anchor.raw($0, fallback: overallRaw), label: outlook.labels[$0], modelError: errors[$0],
                   combination: combination, recent: recent?.value($0))
        }
        let between = shrink(&segments, toward: overall, errors: errors)
        return NPSForecast(overall: overall, segments: segments, betweenSegmentVariance: between,
                           configuration: configuration)
    }

    /// Shrinks each segment toward the overall forecast by its own sampling noise only (the model error is common
    /// to all segments, so it says nothing about how far a segment's figure is from its truth); returns the
    /// between-segment variance. At 0 nobody is shrunk: each segment keeps its own figure and interval.
    func shrink(_ segments: inout [GroupForecast], toward overall: GroupForecast, errors: [ModelError]) -> Double? {
        let used = segments.indices.filter { segments[$0].expectedRespondents > 0 }
        let between = SegmentShrinkage.betweenVariance(estimates: used.map { segments[$0].unshrunk },
                                                       variances: used.map { segments[$0].ownVariance })
        for s in segments.indices {
            if segments[s].expectedRespondents == 0 {
                // Nobody expected to answer: the overall figure stands in, flagged small.
                segments[s].point = overall.point
                segments[s].shrinkage = 1
                setSpread(&segments[s], variance: overall.standardError * overall.standardError, modelError: errors[s])
            } else if let between, between > 0 {
                let g = segments[s]
                let shrunk = SegmentShrinkage.shrink(g.unshrunk, variance: g.ownVariance, toward: overall.point,
                                                     targetVariance: overall.ownVariance, between: between)
                segments[s].point = max(-100, min(100, shrunk.mean))
                segments[s].shrinkage = shrunk.weight
                setSpread(&segments[s], variance: shrunk.variance + g.samplingVariance + errors[s].variance,
                          modelError: errors[s])
            }
        }
        return between
    }

    /// The group's forecast: the model's anchored level and naive, both moved by the recent shift, combined.
    func finish(_ r: AnchoredLevel, label: String, modelError: ModelError, combination: ForecastCombination,
                recent: RecentLevel? = nil) -> GroupForecast {
        let naiveVariance = r.naive?.samplingVariance
        let shift = recent?.shift ?? 0
        let model = r.point + shift
        let point = max(-100, min(100, combination.combine(model: model, naive: r.naive?.score.map { $0 + shift })))
        let weight = r.naive?.score == nil ? 1 : combination.modelWeight
        var g = GroupForecast(
            label: label, expectedRespondents: r.figures.expectedRespondents, promoterShare: r.figures.promoterShare,
            detractorShare: r.figures.detractorShare, modelLevel: r.figures.nps, naive: r.naive?.score,
            naiveRespondents: r.naive?.total ?? 0, method: r.method, anchorPeriods: r.periods, unshrunk: point,
            point: point, shrinkage: 0, samplingVariance: r.figures.samplingVariance,
            anchorVariance: r.anchorVariance, modelErrorVariance: modelError.variance, standardError: 0,
            degreesOfFreedom: nil,
            interval80: NPSInterval(point: point, standardError: 0, level: 0.8),
            interval95: NPSInterval(point: point, standardError: 0, level: 0.95),
            isSmall: r.figures.expectedRespondents < configuration.smallSegmentRespondents,
            modelForecast: model, modelWeight: weight, naiveVariance: naiveVariance, recent: recent)
        setSpread(&g, variance: modelError.predictiveVariance(known: r.figures.samplingVariance + g.ownVariance),
                  modelError: modelError)
        return g
    }

    func setSpread(_ g: inout GroupForecast, variance: Double, modelError: ModelError) {
        g.standardError = variance.squareRoot()
        g.degreesOfFreedom = modelError.degreesOfFreedom(total: variance)
        g.interval80 = NPSInterval(point: g.point, standardError: g.standardError, level: 0.8,
                                   degreesOfFreedom: g.degreesOfFreedom)
        g.interval95 = NPSInterval(point: g.point, standardError: g.standardError, level: 0.95,
                                   degreesOfFreedom: g.degreesOfFreedom)
    }
}
