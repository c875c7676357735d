/// What the models say about one active customer at the as-of date, for the period ahead, plus what the customer
/// answered in the period just ended (for the composition anchor).
public struct CustomerOutlook: Codable, Sendable, Equatable {
    /// P(still a customer at the end of the horizon) = 1 − churn probability.
    public var stay: Double
    /// P(answering the survey in the period); see `ResponsePropensity`.
    public var respond: Double
    /// P(promoter) and P(detractor) if they answer next period; see `ScoreDistribution`.
    public var promoter: Double
    public var detractor: Double
    /// Index into the segmentation's labels, −1 for none.
    public var segment: Int32
    /// Answers the customer gave in the period ending at the as-of date (same-day answers merged, as in
    /// `QuarterlyNPS`), and their net: promoters − detractors among them.
    public var lastAnswers: Int
    public var lastNet: Int

    public init(stay: Double, respond: Double, promoter: Double, detractor: Double, segment: Int32 = -1,
                lastAnswers: Int = 0, lastNet: Int = 0) {
        precondition((0...1).contains(stay) && (0...1).contains(respond), "stay and respond must be probabilities")
        precondition(promoter >= 0 && detractor >= 0 && promoter + detractor <= 1 + 1e-12,
                     "promoter and detractor probabilities must be non-negative and sum to at most 1")
        precondition(lastAnswers >= 0 && abs(lastNet) <= lastAnswers, "lastNet must lie within ±lastAnswers")
        self.stay = stay
        self.respond = respond
        self.promoter = promoter
        self.detractor = detractor
        self.segment = segment
        self.lastAnswers = lastAnswers
        self.lastNet = lastNet
    }

    /// Expected answers next period: w = stay × respond.
    public var weight: Double { stay * respond }

    /// Expected answer on the +1/0/−1 scale: d = P(promoter) − P(detractor).
    public var expectedNet: Double { promoter - detractor }
}
