import Foundation

/// The planted truth: every coefficient of the process that generates a synthetic base, written to
/// ground_truth.json so that a reader knows exactly what a model should recover.
///
/// Time runs in weeks from the start date (the latent state is constant within a week); churn and engagement are
/// decided per day. For customer i in week w, with plan p and region g:
/// ```
/// satisfaction   s_w = plan_p.satisfaction + region_g.satisfaction + u_i + shock_w + x_w
///                u_i ~ N(0, individualSD²),  x_w = persistence · x_{w−1} + innovationSD · ε_w  (AR(1), stationary)
/// NPS score      clamp(round(a + b · s_w + noiseSD · ν), 0, 10)      when the customer answers a survey that day
/// engagement     a day is engaged with probability σ(c0 + plan_p.engagement + γ · s_w);
///                on an engaged day likes = 1 + Pois(likes·m_w), shares ~ Pois(shares·m_w),
///                comments ~ Pois(comments·m_w), dms ~ Pois(dms / m_w),  m_w = exp(κ · s_w)
/// churn hazard   each day after signup the customer leaves with probability h_w = σ(η_w),  σ(z) = 1 / (1 + e^−z)
///                η_w = β0 + β_s · s_w + β_Δ · (s_w − s_{w−L}) + β_t · ln(1 + tenure years at week start)
///                      + plan_p.hazard + β_fee · monthly_fee / 100
/// ```
/// Low satisfaction raises the hazard, so detractors churn away; a falling satisfaction (which shows as falling
/// engagement) raises it further; DMs rise as satisfaction falls (complaints).
public struct PlantedModel: Codable, Sendable, Equatable {
    public var plans: [PlanSpec]
    public var regions: [RegionSpec]
    public var signup: SignupSpec
    public var satisfaction: SatisfactionSpec
    public var survey: SurveySpec
    public var engagement: EngagementSpec
    public var hazard: HazardSpec

    public init(plans: [PlanSpec], regions: [RegionSpec], signup: SignupSpec, satisfaction: SatisfactionSpec,
                survey: SurveySpec, engagement: EngagementSpec, hazard: HazardSpec) {
        self.plans = plans; self.regions = regions; self.signup = signup; self.satisfaction = satisfaction
        self.survey = survey; self.engagement = engagement; self.hazard = hazard
    }

    /// The defaults, calibrated (scripts/reference/synthetic_calibration.py) so that on a two-year base quarterly
    /// churn is about 5–8 %, NPS about +5 to +20 with plan differences, and a logistic regression on ordinary
    /// snapshot features closes well over 80 % of the ROC-AUC gap between 0.5 and the oracle.
    public static let standard = PlantedModel(
        plans: [
            PlanSpec(name: "basic", share: 0.60, feeMin: 19, feeMax: 39,
                     satisfaction: -0.15, hazard: 0, engagement: 0),
            PlanSpec(name: "pro", share: 0.30, feeMin: 79, feeMax: 149,
                     satisfaction: 0.10, hazard: -0.4, engagement: 0.1),
            PlanSpec(name: "enterprise", share: 0.10, feeMin: 400, feeMax: 1200,
                     satisfaction: 0.30, hazard: -1.0, engagement: 0.2),
        ],
        regions: [
            RegionSpec(name: "us", share: 0.40, satisfaction: 0),
            RegionSpec(name: "eu", share: 0.30, satisfaction: 0.05),
            RegionSpec(name: "uk", share: 0.12, satisfaction: 0.0),
            RegionSpec(name: "apac", share: 0.143, satisfaction: -0.10),
            RegionSpec(name: "latam", share: 0.03, satisfaction: 0.15),
            RegionSpec(name: "mea", share: 0.007, satisfaction: -0.30),
        ],
        signup: SignupSpec(existingShare: 0.6, maxTenureDays: 4 * 365),
        satisfaction: SatisfactionSpec(persistence: 0.96, innovationSD: 0.15, individualSD: 0.45),
        survey: SurveySpec(intercept: 7.7, slope: 2.0, noiseSD: 1.0, commentShare: 0.35),
        engagement: EngagementSpec(baseLogRate: -3.0, satisfaction: 1.2, countSatisfaction: 0.3,
                                   likes: 1.5, shares: 0.3, comments: 0.4, dms: 0.15),
        hazard: HazardSpec(intercept: -6.4, satisfaction: -1.4, satisfactionChange: -1.0, changeLagWeeks: 8,
                           logTenure: -1.2, feePer100: 0.08))

    /// Throws `SyntheticError.invalidConfig` naming the first value out of range.
    public func validate() throws {
        func check(_ ok: Bool, _ field: String, _ expected: String, _ found: Any) throws {
            if !ok { throw SyntheticError.invalidConfig(field: "model.\(field)", expected: expected, found: "\(found)") }
        }
        try check(!plans.isEmpty, "plans", "at least one plan", "none")
        try check(!regions.isEmpty, "regions", "at least one region", "none")
        for p in plans {
            try check(p.share > 0, "plans.\(p.name).share", "a positive share", p.share)
            try check(p.feeMin > 0 && p.feeMax >= p.feeMin, "plans.\(p.name).fee", "0 < feeMin ≤ feeMax",
                      "\(p.feeMin)...\(p.feeMax)")
            try check(!p.name.isEmpty && p.name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
                      "plans.name", "letters, digits or _", p.name)
        }
        for r in regions {
            try check(r.share > 0, "regions.\(r.name).share", "a positive share", r.share)
            try check(!r.name.isEmpty && r.name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
                      "regions.name", "letters, digits or _", r.name)
        }
        try check(abs(plans.reduce(0) { $0 + $1.share } - 1) < 1e-9, "plans.share", "shares summing to 1",
                  plans.reduce(0) { $0 + $1.share })
        try check(abs(regions.reduce(0) { $0 + $1.share } - 1) < 1e-9, "regions.share", "shares summing to 1",
                  regions.reduce(0) { $0 + $1.share })
        try check((0...1).contains(signup.existingShare), "signup.existingShare", "0 to 1", signup.existingShare)
        try check(signup.maxTenureDays >= 1, "signup.maxTenureDays", "at least 1", signup.maxTenureDays)
        try check(satisfaction.persistence >= 0 && satisfaction.persistence < 1, "satisfaction.persistence",
                  "0 ≤ φ < 1", satisfaction.persistence)
        try check(satisfaction.innovationSD >= 0 && satisfaction.individualSD >= 0, "satisfaction.sd",
                  "non-negative standard deviations", "\(satisfaction.innovationSD), \(satisfaction.individualSD)")
        try check(survey.noiseSD >= 0, "survey.noiseSD", "≥ 0", survey.noiseSD)
        try check((0...1).contains(survey.commentShare), "survey.commentShare", "0 to 1", survey.commentShare)
        try check(engagement.likes >= 0 && engagement.shares >= 0 && engagement.comments >= 0 && engagement.dms >= 0,
                  "engagement", "non-negative count means", "")
        try check((1...52).contains(hazard.changeLagWeeks), "hazard.changeLagWeeks", "1 to 52", hazard.changeLagWeeks)
        let all = [satisfaction.persistence, satisfaction.innovationSD, satisfaction.individualSD, survey.intercept,
                   survey.slope, survey.noiseSD, engagement.baseLogRate, engagement.satisfaction,
                   engagement.countSatisfaction, hazard.intercept, hazard.satisfaction, hazard.satisfactionChange,
                   hazard.logTenure, hazard.feePer100]
        try check(all.allSatisfy { $0.isFinite }, "coefficients", "finite numbers", "a NaN or infinity")
    }
}

/// A subscription plan: how common it is, its fee range and its effects on satisfaction, hazard and engagement.
public struct PlanSpec: Codable, Sendable, Equatable {
    public var name: String
    public var share: Double
    /// Monthly fee in currency units, drawn uniformly in cents between these.
    public var feeMin: Double
    public var feeMax: Double
    public var satisfaction: Double
    /// Added to the churn logit η.
    public var hazard: Double
    /// Added to the engagement logit.
    public var engagement: Double
}

/// A region: how common it is and its effect on satisfaction (so on NPS and, through it, on churn).
public struct RegionSpec: Codable, Sendable, Equatable {
    public var name: String
    public var share: Double
    public var satisfaction: Double
}

/// Who is already a customer at the start date (signed up 1…maxTenureDays before it); the rest sign up
/// uniformly between the start and the end date.
public struct SignupSpec: Codable, Sendable, Equatable {
    public var existingShare: Double
    public var maxTenureDays: Int
}

/// The weekly AR(1) around each customer's mean: `persistence` φ, `innovationSD` σ (the stationary deviation
/// has standard deviation σ / √(1 − φ²)), and `individualSD`, the spread of customers' means.
public struct SatisfactionSpec: Codable, Sendable, Equatable {
    public var persistence: Double
    public var innovationSD: Double
    public var individualSD: Double
}

/// Scores are `clamp(round(intercept + slope · s + noiseSD · ν), 0, 10)`; `commentShare` of responses carry a comment.
public struct SurveySpec: Codable, Sendable, Equatable {
    public var intercept: Double
    public var slope: Double
    public var noiseSD: Double
    public var commentShare: Double

    /// The score for satisfaction `s` and standard normal noise `nu`.
    @inline(__always)
    public func score(satisfaction s: Double, noise nu: Double) -> Int {
        let raw = (intercept + slope * s + noiseSD * nu).rounded()
        return raw < 0 ? 0 : (raw > 10 ? 10 : Int(raw))
    }
}

/// Engagement rate and count means; see `PlantedModel`.
public struct EngagementSpec: Codable, Sendable, Equatable {
    /// c0: logit of the probability that a day has engagement, at satisfaction 0 on the reference plan.
    public var baseLogRate: Double
    /// γ: how steeply the engagement logit rises with satisfaction.
    public var satisfaction: Double
    /// κ: how the counts on an engaged day scale with satisfaction (DMs scale inversely).
    public var countSatisfaction: Double
    public var likes: Double
    public var shares: Double
    public var comments: Double
    public var dms: Double
}

/// The daily churn hazard `σ(η)`; see `PlantedModel` for η.
public struct HazardSpec: Codable, Sendable, Equatable {
    public var intercept: Double
    public var satisfaction: Double
    /// β_Δ, on the change of satisfaction over `changeLagWeeks` weeks (what a falling engagement trend reveals).
    public var satisfactionChange: Double
    public var changeLagWeeks: Int
    /// β_t, on ln(1 + tenure in years).
    public var logTenure: Double
    /// β_fee, per 100 currency units of monthly fee.
    public var feePer100: Double

    /// The part of η that does not depend on satisfaction.
    @inline(__always)
    public func baseLogit(planEffect: Double, monthlyFee: Double, tenureDays: Int) -> Double {
        let years = Double(max(0, tenureDays)) / 365.25
        return intercept + planEffect + feePer100 * monthlyFee / 100 + logTenure * log1p(years)
    }
}
