/// The NPS of one group (all customers, or one segment) in one period of an `NPSTable`, with its spread, its change
/// against the previous period and, for a segment, its difference from the rest of the customers.
public struct NPSCell: Codable, Sendable, Equatable {
    /// "all" for everyone, else the segment label.
    public var label: String
    public var tally: NPSTally
    /// Shares, NPS, standard error, Wald margin and interval: `nil` when the group has no answers in the period.
    public var promoterShare: Double?
    public var passiveShare: Double?
    public var detractorShare: Double?
    public var nps: Double?
    public var standardError: Double?
    /// The Wald margin of error z · SE at the table's confidence.
    public var margin: Double?
    /// The table's interval (adjusted-Wald unless asked otherwise) at its confidence.
    public var interval: NPSInterval?
    /// This period minus the previous one; `nil` when either has no answers (or this is the first period).
    public var change: NPSComparison?
    /// The segment minus everyone else in the period; `nil` for "all", or when either side has no answers.
    public var versusRest: NPSComparison?

    public var respondents: Int { tally.total }

    /// The cell of `tally`, compared with `previous` (the same group one period earlier) and, for a segment,
    /// with the rest of `all` (every answer of the period).
    init(label: String, tally: NPSTally, previous: NPSTally?, all: NPSTally?, confidence: Double,
         method: NPSIntervalMethod) {
        self.label = label
        self.tally = tally
        guard let estimate = NPSEstimate(tally) else { return }
        promoterShare = estimate.promoterShare
        passiveShare = estimate.passiveShare
        detractorShare = estimate.detractorShare
        nps = estimate.score
        standardError = estimate.standardError
        margin = estimate.margin(confidence: confidence)
        interval = estimate.interval(confidence: confidence, method: method)
        if let previous, let before = NPSEstimate(previous) {
            change = NPSComparison(estimate, minus: before, confidence: confidence, method: method)
        }
        if let all {
            versusRest = NPSComparison.segmentVersusRest(segment: tally, all: all, confidence: confidence,
                                                         method: method)
        }
    }
}
