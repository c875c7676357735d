/// How many answers an NPS needs for its Wald margin of error to be at most a given number of points.
///
/// From margin = z · 100 √(v / n) with v = p + d − (p − d)² the variance of one +1/0/−1 answer:
///
/// ```
/// n = ⌈ z² · 100² · v / margin² ⌉        z the (1 + confidence) / 2 normal quantile
/// ```
///
/// The worst case is v = 1 (half promoters, half detractors, no passives); a proportion's is v = ¼, so an NPS needs
/// up to four times the sample of a single percentage at the same margin.
public enum NPSSampleSize {
    /// Answers needed at these expected promoter and detractor shares.
    public static func respondents(margin: Double, confidence: Double, promoterShare: Double,
                                   detractorShare: Double) -> Int {
        precondition(margin > 0, "a margin of error is positive, got \(margin)")
        precondition(promoterShare >= 0 && detractorShare >= 0 && promoterShare + detractorShare <= 1,
                     "shares are between 0 and 1 and add up to at most 1")
        let z = NPSEstimate.z(confidence)
        // The variance of n answers at these shares, times n; NPS.samplingVariance keeps the formula in one place.
        let perAnswer = NPS.samplingVariance(promoterShare: promoterShare, detractorShare: detractorShare,
                                             respondents: 1)
        let n = z * z * perAnswer / (margin * margin)
        // A hair under an integer is rounding, not a need for one more answer.
        return max(1, Int((n * (1 - 1e-12)).rounded(.up)))
    }

    /// Answers needed whatever the shares: the worst case p = d = ½.
    public static func worstCase(margin: Double, confidence: Double) -> Int {
        respondents(margin: margin, confidence: confidence, promoterShare: 0.5, detractorShare: 0.5)
    }
}
