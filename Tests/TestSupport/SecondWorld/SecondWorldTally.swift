/// Answers counted: all, promoters (9–10), detractors (0–6).
public struct SecondWorldTally: Codable, Sendable {
    public var responses = 0
    public var promoters = 0
    public var detractors = 0
    /// 100 × (promoters − detractors) / responses; nil without any answer.
    public private(set) var nps: Double?

    mutating func add(score: Int) {
        responses += 1
        if score >= 9 { promoters += 1 } else if score <= 6 { detractors += 1 }
        nps = 100 * Double(promoters - detractors) / Double(responses)
    }
}
