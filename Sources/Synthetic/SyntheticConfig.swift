import Ingest

/// What to generate: how many customers, over which dates, from which seed, and which optional twists.
/// Validated by `validate()` before any work; the same configuration always gives byte-identical files.
public struct SyntheticConfig: Codable, Sendable, Equatable {
    /// Number of customers in customers.csv (their ids are C000001, C000002, …).
    public var customers: Int
    public var seed: UInt64
    /// First day of the history (events are generated from here on).
    public var start: Day
    /// Last day of the history.
    public var end: Day
    /// Mean share of active customers who answer the survey in a quarter (each customer has their own
    /// propensity, uniform between 0.5 and 1.5 times this, capped at 1).
    public var responseRate: Double
    /// Write the exports with the quirks real exports have (see `ExportLayout.messy`).
    public var messy: Bool
    /// Number of invalid rows to plant in nps_responses.csv and engagement.csv (listed in ground_truth.json).
    public var badRows: Int
    public var shock: SatisfactionShock?
    public var model: PlantedModel

    /// The default history: the eight quarters from 2024-10-01 to 2026-09-30.
    public static let defaultStart = Day(year: 2024, month: 10, day: 1)!
    public static let defaultEnd = Day(year: 2026, month: 9, day: 30)!
    public static let maxCustomers = 50_000_000

    public init(customers: Int, seed: UInt64, start: Day = SyntheticConfig.defaultStart,
                end: Day = SyntheticConfig.defaultEnd, responseRate: Double = 0.3, messy: Bool = false,
                badRows: Int = 0, shock: SatisfactionShock? = nil, model: PlantedModel = .standard) {
        self.customers = customers; self.seed = seed; self.start = start; self.end = end
        self.responseRate = responseRate; self.messy = messy; self.badRows = badRows; self.shock = shock
        self.model = model
    }

    /// The customer count, seed and dates, which every generator's configuration has.
    var base: GenerationBase { GenerationBase(customers: customers, seed: seed, start: start, end: end) }

    /// Throws `SyntheticError.invalidConfig` naming the first value out of range.
    public func validate() throws {
        let fail = SyntheticError.invalid
        try base.validate()
        guard responseRate > 0 && responseRate <= 1 else { throw fail("responseRate", "0 < rate ≤ 1", responseRate) }
        guard badRows >= 0 && badRows <= customers else {
            throw fail("badRows", "0 to the number of customers (\(customers))", badRows)
        }
        try model.validate()
        if let shock {
            guard shock.date >= start && shock.date <= end else {
                throw fail("shock.date", "a date between \(start) and \(end)", shock.date)
            }
            let levels = shock.segment == .plan ? model.plans.map(\.name) : model.regions.map(\.name)
            guard levels.contains(shock.level) else {
                throw fail("shock.\(shock.segment.rawValue)", "one of \(levels.joined(separator: ", "))", shock.level)
            }
            guard shock.size.isFinite && abs(shock.size) <= 10 else { throw fail("shock.size", "-10 to 10", shock.size) }
        }
    }

    enum CodingKeys: String, GenerationBase.Keys {
        case customers, seed, start, end, responseRate, messy, badRows, shock, model
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        (customers, seed, start, end) = try GenerationBase(from: c).fields
        responseRate = try c.decodeIfPresent(Double.self, forKey: .responseRate) ?? 0.3
        messy = try c.decodeIfPresent(Bool.self, forKey: .messy) ?? false
        badRows = try c.decodeIfPresent(Int.self, forKey: .badRows) ?? 0
        shock = try c.decodeIfPresent(SatisfactionShock.self, forKey: .shock)
        model = try c.decodeIfPresent(PlantedModel.self, forKey: .model) ?? .standard
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try base.encode(to: &c)
        try c.encode(responseRate, forKey: .responseRate)
        try c.encode(messy, forKey: .messy)
        try c.encode(badRows, forKey: .badRows)
        try c.encodeIfPresent(shock, forKey: .shock)
        try c.encode(model, forKey: .model)
    }
}
