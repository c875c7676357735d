import Ingest

/// A customer's weekly satisfaction from `lag` weeks before the start to the last week, drawn from the latent
/// stream right after the profile:
/// ```
/// s_w = mean + shock_w + x_w,   x_{−lag} ~ N(0, σ²/(1 − φ²)),   x_w = φ · x_{w−1} + σ · ε_w
/// ```
/// The weeks before the start exist only so that the satisfaction change over `lag` weeks is defined from week 0.
public struct LatentPath: Sendable {
    /// x_w for w = −lag ..< weekCount, at index w + lag.
    public private(set) var deviations: [Double] = []
    public private(set) var lag = 0
    public private(set) var mean = 0.0
    /// First week the shock applies to (Int.max when none applies to this customer).
    public private(set) var shockWeek = Int.max
    public private(set) var shockSize = 0.0

    public init() {}

    /// Refills this path for `profile`, reusing the storage.
    mutating func regenerate(profile: CustomerProfile, config: SyntheticConfig, calendar: SyntheticCalendar,
                             rng: inout Xoshiro256StarStar) {
        let spec = config.model.satisfaction
        lag = config.model.hazard.changeLagWeeks
        mean = profile.satisfactionMean
        shockWeek = .max
        shockSize = 0
        if let shock = config.shock {
            let level = shock.segment == .plan ? config.model.plans[profile.plan].name
                                               : config.model.regions[profile.region].name
            if level == shock.level {
                var w = calendar.week(of: shock.date)
                if calendar.weekStart(w) < shock.date { w += 1 }
                shockWeek = w
                shockSize = shock.size
            }
        }
        let n = lag + calendar.weekCount
        deviations.removeAll(keepingCapacity: true)
        deviations.reserveCapacity(n)
        let phi = spec.persistence, sigma = spec.innovationSD
        var x = sigma / (1 - phi * phi).squareRoot() * rng.gaussian()
        deviations.append(x)
        for _ in 1..<n {
            x = phi * x + sigma * rng.gaussian()
            deviations.append(x)
        }
    }

    /// The mean satisfaction reverts to in week `week` (the personal mean plus any shock).
    @inline(__always)
    public func level(week: Int) -> Double { week >= shockWeek ? mean + shockSize : mean }

    /// s_w; `week` must lie in −lag ..< weekCount.
    @inline(__always)
    public func satisfaction(week: Int) -> Double { level(week: week) + deviations[week + lag] }

    /// x_w, the deviation from the level.
    @inline(__always)
    public func deviation(week: Int) -> Double { deviations[week + lag] }
}
