/// One calendar quarter of the second world.
public struct SecondWorldQuarter: Codable, Sendable {
    public var start: WorldDate
    public var end: WorldDate
    public var activeAtStart = 0
    public var churned = 0
    public var answers = SecondWorldTally()
    public var answersByPlan: [String: SecondWorldTally] = [:]

    mutating func add(score: Int, plan: String) {
        answers.add(score: score)
        answersByPlan[plan, default: SecondWorldTally()].add(score: score)
    }
}
