/// What the second world simulates: how many customers, the seed, the calendar and an optional shock.
/// The mechanism's own constants live in `SecondWorldSegments` and `SecondWorldCustomer`.
public struct SecondWorldConfig: Sendable, Codable, Equatable {
    /// Rows in customers.csv: customers already there on `start` and those who sign up during the history.
    public var customers: Int
    public var seed: UInt64
    /// The first day of the history (a quarter start, so that the truth's quarters are calendar quarters).
    public var start: WorldDate
    public var days: Int
    /// Share of `customers` already customers on `start` (signed up up to three years earlier).
    public var existingShare: Double
    public var shock: SecondWorldShock?

    public init(customers: Int, seed: UInt64, start: WorldDate = WorldDate(year: 2024, month: 10, day: 1),
                days: Int = 730, existingShare: Double = 0.55, shock: SecondWorldShock? = nil) {
        self.customers = customers
        self.seed = seed
        self.start = start
        self.days = days
        self.existingShare = existingShare
        self.shock = shock
    }

    /// The last day of the history.
    public var end: WorldDate { start.adding(days: days - 1) }

    /// Problems with the configuration, in words; empty when it can be simulated.
    public var problems: [String] {
        var found: [String] = []
        if customers < 1 { found.append("customers must be at least 1") }
        if days < 90 { found.append("days must be at least 90") }
        if !(0...1).contains(existingShare) { found.append("existingShare must be in [0, 1]") }
        if let shock {
            if SecondWorldSegments.plans.firstIndex(where: { $0.name == shock.plan }) == nil {
                found.append("shock plan \(shock.plan) is not one of \(SecondWorldSegments.plans.map(\.name))")
            }
            if shock.date < start || shock.date > end { found.append("shock date \(shock.date) is outside the history") }
        }
        return found
    }
}
