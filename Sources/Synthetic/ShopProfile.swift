import Foundation
import Ingest

/// A shop customer's fixed traits, drawn first from their latent stream: attributes, first-order day, purchase
/// rate, dropout propensity, bad-delivery risk and the size of their orders.
public struct ShopProfile: Sendable, Equatable {
    /// Position in customers.csv, 0-based; the id is `CustomerID.text(index)`.
    public var index: Int
    /// Indices into `ShopModel.segments`, `.acquisitions`, `.countries`.
    public var segment: Int
    public var acquisition: Int
    public var country: Int
    public var firstOrder: Day
    /// λ_i: orders per day at season factor 1.
    public var rate: Double
    /// logit p_i + segment and acquisition dropout effects: the dropout log-odds after an order with experience 0.
    public var dropoutLogit: Double
    /// Probability that an order of this customer is delivered badly.
    public var badDelivery: Double
    /// ln of the customer's mean order value in cents, less orderValueSD²/2 (the log-normal's location).
    public var logValueCents: Double
    /// Mean of the extra units per order (units = 1 + Poisson).
    public var extraUnits: Double

    /// Draws the profile of customer `index`; consumes the start of the latent stream.
    static func draw(index: Int, config: ShopConfig, rng: inout Xoshiro256StarStar) -> ShopProfile {
        let m = config.model
        let segment = CustomerProfile.pick(m.segments.map(\.share), rng.uniform())
        let acquisition = CustomerProfile.pick(m.acquisitions.map(\.share), rng.uniform())
        let country = CustomerProfile.pick(m.countries.map(\.share), rng.uniform())
        let (g, a, c) = (m.segments[segment], m.acquisitions[acquisition], m.countries[country])
        let first = config.start.adding(days: rng.below(config.end.days(since: config.start) + 1))
        let heterogeneity = rng.gamma(shape: m.rateShape) / m.rateShape
        let p = min(max(rng.beta(m.dropoutA, m.dropoutB), 1e-12), 1 - 1e-12)
        let badLogit = log(m.badDeliveryRate / (1 - m.badDeliveryRate)) + c.badDelivery
        let ownValue = m.customerValueSD * rng.gaussian()
        let units = m.unitsMean * (0.5 + rng.uniform())
        return ShopProfile(
            index: index, segment: segment, acquisition: acquisition, country: country, firstOrder: first,
            rate: m.meanRate * exp(g.rate + a.rate) * heterogeneity,
            dropoutLogit: log(p / (1 - p)) + g.dropout + a.dropout,
            badDelivery: m.badDeliveryRate > 0 ? 1 / (1 + exp(-badLogit)) : 0,
            logValueCents: log(m.meanOrderValue * 100) + g.value + ownValue - m.orderValueSD * m.orderValueSD / 2,
            extraUnits: units)
    }

    /// The mean dropout probability after one order, over its experience x = −impact·bad + sd·z: the bad and good
    /// deliveries mixed, each a logistic-normal mean by Gauss–Hermite quadrature.
    func meanDropout(model m: ShopModel, firstOrder: Bool) -> Double {
        let base = dropoutLogit + (firstOrder ? m.firstOrderDropout : 0)
        let sd = m.experienceEffect * m.experienceSD
        let good = GaussHermite.logisticMean(mean: base, sd: sd)
        let bad = GaussHermite.logisticMean(mean: base + m.experienceEffect * m.badDeliveryImpact, sd: sd)
        return (1 - badDelivery) * good + badDelivery * bad
    }
}
