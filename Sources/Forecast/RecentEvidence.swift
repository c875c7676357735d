/// Whether the last weeks' answers say the NPS moved within the last period: the second half of the period
/// against the first, by the two-sample test of `NPSComparison` at α = 1%. When it did (a shock part way through
/// the period), last period's NPS mixes the old level with the new one, so the forecast anchors on the second half
/// only; otherwise on the whole period, whose answers are twice as many. At α = 1% a stable base switches in about
/// one period of a hundred.
public enum RecentEvidence {
    public static let alpha = 0.01

    /// True when `recent` differs from `earlier` beyond sampling noise (both need answers).
    public static func hasShifted(earlier: NPSTally, recent: NPSTally) -> Bool {
        guard let a = NPSEstimate(recent), let b = NPSEstimate(earlier) else { return false }
        return NPSComparison(a, minus: b).isStatisticallyReal(alpha: alpha)
    }
}
