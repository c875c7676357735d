/// A planted shift: from `date` on, every customer on `plan` feels `moodDrop` less satisfied. It shows in that
/// plan's engagement (activity follows mood), in its survey answers and, through the activity drop, in its churn.
public struct SecondWorldShock: Sendable, Codable, Equatable {
    public var plan: String
    public var date: WorldDate
    public var moodDrop: Double

    public init(plan: String, date: WorldDate, moodDrop: Double) {
        self.plan = plan
        self.date = date
        self.moodDrop = moodDrop
    }
}
