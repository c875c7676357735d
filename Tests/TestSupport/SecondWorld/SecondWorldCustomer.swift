import Foundation

/// One customer's fixed traits, drawn once: segments, signup, their own mood level and engagement baseline,
/// how they use the 0–10 scale, how willing they are to answer, and an unobserved frailty.
struct SecondWorldCustomer {
    let plan: Int
    let region: Int
    let channel: Int
    let fee: Double
    /// Signup day relative to the history's start (negative for customers already there).
    let signupDay: Int
    /// The customer's own mood level; daily mood adds incidents and the shock to it.
    let moodLevel: Double
    /// Added to every answer whatever the customer feels: yea-sayers +1.8, nay-sayers −1.8, the rest small.
    let scaleBias: Double
    /// Baseline daily probability of any activity (gamma across customers).
    let activity: Double
    /// Mean extra events on an active day.
    let intensity: Double
    /// Relative weights of likes, shares, comments, DMs.
    let mix: [Double]
    /// Probability of answering an invitation at mood 0.
    let responsiveness: Double
    /// Multiplies the churn hazard (gamma, mean 1, sd 0.5).
    let frailty: Double

    init(index: Int, config: SecondWorldConfig, random: inout WorldRandom) {
        let plans = SecondWorldSegments.plans
        plan = random.pick(plans.map(\.share))
        region = random.pick(SecondWorldSegments.regions.map(\.share))
        channel = random.pick(SecondWorldSegments.channels.map(\.share))
        fee = (plans[plan].fee * exp(0.15 * random.normal()) * 100).rounded() / 100
        signupDay = SecondWorldCustomer.signup(index: index, config: config, random: &random)
        moodLevel = plans[plan].mood + SecondWorldSegments.regions[region].effect + 0.75 * random.normal()
        let style = random.uniform()
        scaleBias = style < 0.17 ? 1.8 : style < 0.29 ? -1.8 : 0.4 * random.normal()
        activity = min(0.9, random.gamma(shape: 2, scale: plans[plan].activity / 2))
        intensity = random.gamma(shape: 1.5, scale: 1)
        mix = [0.6, 0.15, 0.2, 0.05].map { $0 * random.gamma(shape: 3, scale: 1) }
        responsiveness = min(0.9, random.gamma(shape: 2, scale: 0.175))
        frailty = random.gamma(shape: 4, scale: 0.25)
    }

    /// Existing customers (the first `existingShare` of indices) signed up an exponential time (mean 400 days,
    /// at most three years) before the start; the others arrive during the history at a rate growing by 40%.
    private static func signup(index: Int, config: SecondWorldConfig, random: inout WorldRandom) -> Int {
        if Double(index) < config.existingShare * Double(config.customers) {
            return -min(1095, 1 + Int(random.exponential(mean: 400)))
        }
        // Density ∝ 1 + 0.4 x on [0, 1): inverse of the distribution function (x + 0.2 x²) / 1.2.
        let u = random.uniform() * 1.2
        let x = (-1 + (1 + 0.8 * u).squareRoot()) / 0.4
        return min(config.days - 1, Int(x * Double(config.days)))
    }
}
