import Ingest

/// A customer's fixed attributes, drawn first from their latent stream: plan, region, monthly fee, signup date and
/// their personal satisfaction level (the mean their weekly satisfaction reverts to, before any shock).
public struct CustomerProfile: Sendable, Equatable {
    /// Position in customers.csv, 0-based; the id is `CustomerID.text(index)`.
    public var index: Int
    /// Index into `PlantedModel.plans`.
    public var plan: Int
    /// Index into `PlantedModel.regions`.
    public var region: Int
    public var feeCents: Int
    public var signup: Day
    /// plan effect + region effect + the customer's own effect u_i.
    public var satisfactionMean: Double

    public var monthlyFee: Double { Double(feeCents) / 100 }

    /// Draws the profile of customer `index`; consumes the start of the latent stream.
    static func draw(index: Int, config: SyntheticConfig, calendar: SyntheticCalendar,
                     rng: inout Xoshiro256StarStar) -> CustomerProfile {
        let model = config.model
        let plan = pick(model.plans.map(\.share), rng.uniform())
        let region = pick(model.regions.map(\.share), rng.uniform())
        let spec = model.plans[plan]
        let lo = Int((spec.feeMin * 100).rounded()), hi = Int((spec.feeMax * 100).rounded())
        let feeCents = lo + rng.below(hi - lo + 1)
        let signup: Day
        if rng.uniform() < model.signup.existingShare {
            signup = calendar.start.adding(days: -(1 + rng.below(model.signup.maxTenureDays)))
        } else {
            signup = calendar.start.adding(days: rng.below(calendar.dayCount))
        }
        let own = model.satisfaction.individualSD * rng.gaussian()
        return CustomerProfile(index: index, plan: plan, region: region, feeCents: feeCents, signup: signup,
                               satisfactionMean: spec.satisfaction + model.regions[region].satisfaction + own)
    }

    /// The category whose cumulative share first exceeds `u`.
    static func pick(_ shares: [Double], _ u: Double) -> Int {
        var cumulative = 0.0
        for (i, s) in shares.enumerated() {
            cumulative += s
            if u < cumulative { return i }
        }
        return shares.count - 1
    }
}

/// Customer ids: "C" and the 1-based position, zero-padded to at least six digits (C000001).
public enum CustomerID {
    /// The digit count used for a base of `customers` customers.
    public static func width(customers: Int) -> Int { max(6, String(customers).count) }

    public static func text(_ index: Int, width: Int) -> String {
        let digits = String(index + 1)
        return "C" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The 0-based index of an id written by `text`, or nil.
    public static func index(of id: String) -> Int? {
        let u = id.utf8
        guard u.count >= 2, u.first == UInt8(ascii: "C") else { return nil }
        var v = 0
        for b in u.dropFirst() {
            guard b >= 48 && b <= 57 else { return nil }
            v = v * 10 + Int(b - 48)
            if v > Int(Int32.max) { return nil }
        }
        return v >= 1 ? v - 1 : nil
    }
}
