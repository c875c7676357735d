import Foundation

/// The planted process of a non-contractual ("shop") base: customers who buy repeatedly and fade out without
/// cancelling. In the spirit of BG/NBD and Pareto/NBD, but deliberately neither (dropout follows the experience
/// of each order, the first order has its own dropout, a background hazard runs besides, purchases are seasonal).
///
/// Time is continuous, in days from the start date. For customer i with segment g, acquisition channel a, country c:
/// ```
/// purchase rate   λ_i(t) = meanRate · e^(g.rate + a.rate) · G_i · season(month of t),   G_i ~ Gamma(rateShape, 1/rateShape)
/// first order     uniform day of the history, uniform time within it
/// experience      x_k = −badDeliveryImpact · bad_k + experienceSD · z_k,  bad_k ~ Bernoulli(σ(logit badDeliveryRate + c.badDelivery))
/// dropout         after order k the customer becomes inactive with probability
///                 σ(logit p_i + g.dropout + a.dropout + firstOrderDropout·[k = 1] − experienceEffect · x_k),
///                 p_i ~ Beta(dropoutA, dropoutB); besides, at any time with the daily hazard backgroundHazard
/// order           units = 1 + Pois(unitsMean · U_i), U_i ~ U(0.5, 1.5);  value = exp(ln meanOrderValue + g.value + v_i
///                 + orderValueSD · ζ − orderValueSD²/2),  v_i ~ N(0, customerValueSD²)
/// NPS             with probability surveyShare (config) an order is followed 1–14 days later by a response
///                 clamp(round(survey.intercept + survey.slope · x_k + survey.noiseSD · ν), 0, 10)
/// ```
/// A bad delivery both lowers the score and raises the dropout, so low NPS foretells inactivity without causing it.
public struct ShopModel: Codable, Sendable, Equatable {
    public var segments: [ShopLevel]
    public var acquisitions: [ShopLevel]
    public var countries: [ShopLevel]
    /// Orders per day of a customer with G_i = 1, all effects 0, season factor 1.
    public var meanRate: Double
    /// Gamma shape of the rate heterogeneity (smaller: more spread).
    public var rateShape: Double
    public var dropoutA: Double
    public var dropoutB: Double
    /// Added to the dropout log-odds after the first order (trial buyers).
    public var firstOrderDropout: Double
    /// Subtracted per unit of experience x from the dropout log-odds.
    public var experienceEffect: Double
    public var badDeliveryRate: Double
    public var badDeliveryImpact: Double
    public var experienceSD: Double
    /// Daily probability rate of becoming inactive without any order (moving away, forgetting the shop).
    public var backgroundHazard: Double
    /// Purchase-rate factors for January … December.
    public var monthFactors: [Double]
    public var meanOrderValue: Double
    public var orderValueSD: Double
    public var customerValueSD: Double
    public var unitsMean: Double
    /// NPS scores from the experience x (the `satisfaction` of `SurveySpec.score`).
    public var survey: SurveySpec

    /// The defaults, a shop of frequent purchases (drugstore, pet food): over the default three years about 1 in 6
    /// customers buys only once, there are about 19 order rows per customer, of the customers with an order by a
    /// quarter end 60–70 % order nothing in the next 180 days, and December runs at 1.8 times the base rate.
    public static let standard = ShopModel(
        segments: [
            ShopLevel(name: "consumer", share: 0.85),
            ShopLevel(name: "business", share: 0.15, rate: 0.3, dropout: -0.4, value: 0.8),
        ],
        acquisitions: [
            ShopLevel(name: "organic", share: 0.40),
            ShopLevel(name: "paid_search", share: 0.30, rate: -0.1, dropout: 0.5),
            ShopLevel(name: "social", share: 0.20, rate: -0.2, dropout: 0.7, value: -0.1),
            ShopLevel(name: "referral", share: 0.10, rate: 0.1, dropout: -0.5),
        ],
        countries: [
            ShopLevel(name: "DE", share: 0.55),
            ShopLevel(name: "AT", share: 0.15, badDelivery: 0.3),
            ShopLevel(name: "CH", share: 0.10, value: 0.2, badDelivery: 0.6),
            ShopLevel(name: "NL", share: 0.12, badDelivery: 0.2),
            ShopLevel(name: "FR", share: 0.08, badDelivery: 0.8),
        ],
        meanRate: 1.0 / 8, rateShape: 1.3, dropoutA: 1.2, dropoutB: 60, firstOrderDropout: 1.4,
        experienceEffect: 0.9, badDeliveryRate: 0.06, badDeliveryImpact: 2.5, experienceSD: 1.0,
        backgroundHazard: 1.0 / 2500,
        monthFactors: [0.85, 0.8, 0.9, 0.95, 0.95, 0.9, 0.85, 0.9, 1.0, 1.05, 1.3, 1.8],
        meanOrderValue: 48, orderValueSD: 0.45, customerValueSD: 0.35, unitsMean: 1.2,
        survey: SurveySpec(intercept: 8.4, slope: 1.3, noiseSD: 1.1, commentShare: 0.3))

    /// Throws `SyntheticError.invalidConfig` naming the first value out of range.
    public func validate() throws {
        func check(_ ok: Bool, _ field: String, _ expected: String, _ found: Any) throws {
            if !ok { throw SyntheticError.invalidConfig(field: "model.\(field)", expected: expected, found: "\(found)") }
        }
        for (name, levels) in [("segments", segments), ("acquisitions", acquisitions), ("countries", countries)] {
            try check(!levels.isEmpty, name, "at least one level", "none")
            for l in levels {
                try check(l.share > 0, "\(name).\(l.name).share", "a positive share", l.share)
                try check(!l.name.isEmpty && l.name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
                          "\(name).name", "letters, digits or _", l.name)
                try check([l.rate, l.dropout, l.value, l.badDelivery].allSatisfy { $0.isFinite && abs($0) <= 10 },
                          "\(name).\(l.name)", "effects between -10 and 10", "")
            }
            let total = levels.reduce(0) { $0 + $1.share }
            try check(abs(total - 1) < 1e-9, "\(name).share", "shares summing to 1", total)
        }
        try check(meanRate > 0 && meanRate <= 5, "meanRate", "0 < orders per day ≤ 5", meanRate)
        try check(rateShape >= 0.05 && rateShape <= 1000, "rateShape", "0.05 to 1000", rateShape)
        try check(dropoutA > 0 && dropoutB > 0 && dropoutA <= 1000 && dropoutB <= 1000, "dropout",
                  "Beta parameters in (0, 1000]", "\(dropoutA), \(dropoutB)")
        try check(badDeliveryRate >= 0 && badDeliveryRate < 1, "badDeliveryRate", "0 ≤ rate < 1", badDeliveryRate)
        try check(backgroundHazard >= 0 && backgroundHazard < 1, "backgroundHazard", "0 ≤ hazard < 1", backgroundHazard)
        try check(monthFactors.count == 12 && monthFactors.allSatisfy { $0 > 0 && $0 <= 10 }, "monthFactors",
                  "12 factors in (0, 10]", monthFactors)
        try check(meanOrderValue >= 1 && meanOrderValue <= 100_000, "meanOrderValue", "1 to 100000", meanOrderValue)
        try check(unitsMean >= 0 && unitsMean <= 30, "unitsMean", "0 to 30", unitsMean)
        try check((0...1).contains(survey.commentShare), "survey.commentShare", "0 to 1", survey.commentShare)
        let all = [firstOrderDropout, experienceEffect, badDeliveryImpact, experienceSD, orderValueSD, customerValueSD,
                   survey.intercept, survey.slope, survey.noiseSD]
        try check(all.allSatisfy { $0.isFinite && abs($0) <= 20 }, "coefficients", "finite numbers up to 20", all)
        try check(experienceSD >= 0 && orderValueSD >= 0 && customerValueSD >= 0 && survey.noiseSD >= 0, "sd",
                  "non-negative standard deviations", "")
    }
}

/// One level of a customer attribute: how common it is and its effects (all 0 for the reference level).
public struct ShopLevel: Codable, Sendable, Equatable {
    public var name: String
    public var share: Double
    /// Added to the log purchase rate.
    public var rate: Double
    /// Added to the dropout log-odds.
    public var dropout: Double
    /// Added to the log order value.
    public var value: Double
    /// Added to the log-odds of a bad delivery.
    public var badDelivery: Double

    public init(name: String, share: Double, rate: Double = 0, dropout: Double = 0, value: Double = 0,
                badDelivery: Double = 0) {
        self.name = name; self.share = share; self.rate = rate; self.dropout = dropout; self.value = value
        self.badDelivery = badDelivery
    }
}
