import Distributions

/// The difference of two independent NPS, a − b (this period against the previous one; a segment against the rest
/// of the customers), with its two-sided z test and its interval:
///
/// ```
/// Δ = NPS_a − NPS_b     SE(Δ) = √(SE_a² + SE_b²)     z = Δ / SE(Δ)     p = 2 Φ(−|z|)     interval Δ ± z_(1+c)/2 · SE(Δ)
/// ```
///
/// The two samples must not share answers, so "the rest" of a segment leaves the segment out. With the
/// adjusted-Wald method (Rocks 2016, as in his R package's two-sample `nps_test`), Δ and the SEs are those of the
/// adjusted counts (`NPSEstimate.center` and `standardError(_:)`), so two small one-sided samples never give a zero
/// standard error; `difference` is always the observed one.
public struct NPSComparison: Codable, Sendable, Equatable {
    public var method: NPSIntervalMethod
    public var confidence: Double
    /// The observed NPS_a − NPS_b, in NPS points.
    public var difference: Double
    /// The method's Δ, the centre of the interval and the numerator of `z`.
    public var estimate: Double
    public var standardError: Double
    public var z: Double
    /// Two-sided, 2 Φ(−|z|).
    public var pValue: Double
    public var lower: Double
    public var upper: Double
    /// Whether the change is statistically real at α = 1 − confidence: p < α, that is the interval leaves out 0.
    public var isStatisticallyReal: Bool

    public init(_ a: NPSEstimate, minus b: NPSEstimate, confidence: Double = 0.95,
                method: NPSIntervalMethod = .adjustedWald) {
        let q = NPSEstimate.z(confidence)
        self.method = method
        self.confidence = confidence
        difference = a.score - b.score
        estimate = a.center(method) - b.center(method)
        let sa = a.standardError(method), sb = b.standardError(method)
        standardError = (sa * sa + sb * sb).squareRoot()
        if standardError > 0 {
            z = estimate / standardError
        } else {
            // Two samples without spread (Wald only): any difference is certain, none is none.
            z = estimate == 0 ? 0 : estimate > 0 ? .infinity : -.infinity
        }
        pValue = Normal.twoSidedPValue(z)
        lower = estimate - q * standardError
        upper = estimate + q * standardError
        isStatisticallyReal = pValue < 1 - confidence
    }

    /// Whether the change is statistically real at significance level `alpha`: p < α.
    public func isStatisticallyReal(alpha: Double) -> Bool {
        precondition(alpha > 0 && alpha < 1, "a significance level is between 0 and 1, got \(alpha)")
        return pValue < alpha
    }

    /// A segment against everyone else: `all` holds the segment's answers, which are taken out of it first.
    /// `nil` when the segment or the rest has no answers.
    public static func segmentVersusRest(segment: NPSTally, all: NPSTally, confidence: Double = 0.95,
                                         method: NPSIntervalMethod = .adjustedWald) -> NPSComparison? {
        guard let s = NPSEstimate(segment), let rest = NPSEstimate(all - segment) else { return nil }
        return NPSComparison(s, minus: rest, confidence: confidence, method: method)
    }
}
