import Ingest

/// What `ShopGenerator` writes: how many customers over which dates, from which seed, how many orders are followed
/// by an NPS response, and the planted `ShopModel`. The same configuration always gives byte-identical files.
public struct ShopConfig: Codable, Sendable, Equatable {
    /// Number of customers in customers.csv (ids C000001, C000002, …); each has at least one order.
    public var customers: Int
    public var seed: UInt64
    /// First day of the history; first orders fall uniformly between `start` and `end`.
    public var start: Day
    public var end: Day
    /// Share of orders followed by an NPS response; 0 writes no nps_responses.csv.
    public var surveyShare: Double
    /// Write a `signup_date` column (the day of the first order); without it the first order stands in.
    public var signupDates: Bool
    /// The horizon H of the per-quarter truth in shop_truth.csv (probability of no order and expected orders in
    /// the H days after each quarter end).
    public var truthHorizonDays: Int
    public var model: ShopModel

    /// The default history: the twelve quarters from 2023-10-01 to 2026-09-30.
    public static let defaultStart = Day(year: 2023, month: 10, day: 1)!
    /// The default share of orders followed by an NPS response.
    public static let defaultSurveyShare = 0.15

    public init(customers: Int, seed: UInt64, start: Day = ShopConfig.defaultStart,
                end: Day = SyntheticConfig.defaultEnd, surveyShare: Double = ShopConfig.defaultSurveyShare, signupDates: Bool = true,
                truthHorizonDays: Int = 180, model: ShopModel = .standard) {
        self.customers = customers; self.seed = seed; self.start = start; self.end = end
        self.surveyShare = surveyShare; self.signupDates = signupDates; self.truthHorizonDays = truthHorizonDays
        self.model = model
    }

    /// The customer count, seed and dates, which every generator's configuration has.
    var base: GenerationBase { GenerationBase(customers: customers, seed: seed, start: start, end: end) }

    /// Throws `SyntheticError.invalidConfig` naming the first value out of range.
    public func validate() throws {
        let fail = SyntheticError.invalid
        try base.validate()
        guard surveyShare >= 0 && surveyShare <= 1 else { throw fail("surveyShare", "0 to 1", surveyShare) }
        guard (1...3660).contains(truthHorizonDays) else { throw fail("truthHorizonDays", "1 to 3660", truthHorizonDays) }
        try model.validate()
    }

    enum CodingKeys: String, GenerationBase.Keys {
        case customers, seed, start, end, surveyShare, signupDates, truthHorizonDays, model
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        (customers, seed, start, end) = try GenerationBase(from: c).fields
        surveyShare = try c.decodeIfPresent(Double.self, forKey: .surveyShare) ?? ShopConfig.defaultSurveyShare
        signupDates = try c.decodeIfPresent(Bool.self, forKey: .signupDates) ?? true
        truthHorizonDays = try c.decodeIfPresent(Int.self, forKey: .truthHorizonDays) ?? 180
        model = try c.decodeIfPresent(ShopModel.self, forKey: .model) ?? .standard
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try base.encode(to: &c)
        try c.encode(surveyShare, forKey: .surveyShare)
        try c.encode(signupDates, forKey: .signupDates)
        try c.encode(truthHorizonDays, forKey: .truthHorizonDays)
        try c.encode(model, forKey: .model)
    }
}
