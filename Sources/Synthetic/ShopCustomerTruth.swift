import Foundation
import Ingest

/// What is true of one shop customer: their planted traits, the moment they became inactive, and — from these
/// and the planted model — the probability of no order and the expected number of orders in any later window.
public struct ShopCustomerTruth: Sendable, Equatable {
    public var profile: ShopProfile
    /// λ_i: orders per day at season factor 1.
    public var rate: Double
    /// Mean probability of becoming inactive after the first order, and after every later one.
    public var dropoutFirst: Double
    public var dropoutRepeat: Double
    /// The last day on which the customer was active (they dropped out after an order that day, or the
    /// background hazard struck); nil when still active at the end of the history.
    public var inactiveDay: Day?
    /// Orders written (all days).
    public var orders: Int

    /// Active at the end of day `t`: acquired by then and not yet inactive.
    public func alive(at t: Day) -> Bool {
        profile.firstOrder <= t && (inactiveDay.map { $0 > t } ?? true)
    }

    /// Given the customer's true state at the end of day `t`, the probability of no order in (t, t+h] and the
    /// expected number of orders then: with Λ(u) = ∫₀ᵘ λ·season, μ the background hazard and p the repeat dropout,
    /// ```
    /// P(no order) = e^(−μh − Λ(h)) + ∫₀ʰ μ e^(−μu − Λ(u)) du,    E[orders] = ∫₀ʰ λ·season(u) e^(−μu − pΛ(u)) du
    /// ```
    /// (after n orders the customer is still active with probability (1 − p)ⁿ, and E[(1 − p)^N] = e^(−pΛ) for
    /// Poisson N). The season is constant within a month, so each month is integrated in closed form.
    /// A customer not alive at `t` has (1, 0).
    func outlook(after t: Day, days h: Int, hazard mu: Double, season: ShopSeason) -> (noOrder: Double, expected: Double) {
        guard alive(at: t) else { return (1, 0) }
        var noEvent = 1.0, stillActive = 1.0, noOrder = 0.0, expected = 0.0
        var offset = t.days(since: season.first) + 1
        let last = offset + h - 1
        while offset <= last {
            let (s, length) = season.run(offset, limit: last - offset + 1)
            let c = rate * s, L = Double(length)
            noOrder += noEvent * mu * Self.integral(mu + c, L)
            noEvent *= exp(-(mu + c) * L)
            expected += stillActive * c * Self.integral(mu + dropoutRepeat * c, L)
            stillActive *= exp(-(mu + dropoutRepeat * c) * L)
            offset += length
        }
        return (noOrder + noEvent, expected)
    }

    /// ∫₀ᴸ e^(−a u) du, also for a = 0.
    @inline(__always)
    static func integral(_ a: Double, _ length: Double) -> Double {
        a * length < 1e-12 ? length : -expm1(-a * length) / a
    }
}
