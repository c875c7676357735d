/// Incidents: at exponential gaps (mean 140 days) something happens to a customer — bad two times in three —
/// that moves their mood by an exponential amount (mean 0.9) for an exponential time (mean 40 days).
struct WorldIncident {
    private(set) var start: Int
    private(set) var end: Int
    private(set) var size: Double

    init(after day: Int, random: inout WorldRandom) {
        start = day + Int(random.exponential(mean: 140))
        end = start + 1 + Int(random.exponential(mean: 40))
        size = (random.uniform() < 0.65 ? -1 : 1) * random.exponential(mean: 0.9)
    }

    /// Moves on to the next incident once this one is over.
    mutating func advance(to day: Int, random: inout WorldRandom) {
        while day >= end { self = WorldIncident(after: end, random: &random) }
    }

    func effect(on day: Int) -> Double { day >= start && day < end ? size : 0 }
}
