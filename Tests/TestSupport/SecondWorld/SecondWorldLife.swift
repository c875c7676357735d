import Foundation

/// One customer's days, simulated forward: mood (own level, incidents, the shock), engagement around their own
/// baseline, survey invitations after activity, and a churn hazard that rises when recent activity falls below
/// the customer's own expectation. Rows go to the callbacks as they happen.
struct SecondWorldLife {
    /// Daily churn hazard before the multipliers (plan, channel, frailty, tenure, activity deficit, mood).
    static let baseHazard = 0.00028
    /// Weight of a day in the running means of activity (about three weeks).
    static let recentWeight = 1.0 / 21
    /// Days between survey invitations at least, and the chance of one after an active day.
    static let inviteCooldown = 60
    static let inviteChance = 0.25

    let customer: SecondWorldCustomer
    let config: SecondWorldConfig
    /// Relative activity per day of the history.
    let seasons: [Double]
    /// The day (index into the history) the shock starts for this customer's plan and its size, if any.
    let shock: (day: Int, moodDrop: Double)?

    /// Simulates the customer and returns the churn day (index into the history), or nil if still active.
    func run(random: inout WorldRandom, engagement: (Int, WorldDayCounts) -> Void, answer: (Int, Int) -> Void) -> Int? {
        let c = customer, first = max(0, c.signupDay)
        let levelFactor = exp(0.1 * c.moodLevel)
        let threshold = random.exponential(mean: 1)
        var cumulativeHazard = 0.0
        var expected = c.activity * seasons[first] * levelFactor * (1 + c.intensity), recent = expected
        var incident = WorldIncident(after: first, random: &random)
        var lastInvite = Int.min / 2, pending: (day: Int, score: Int)? = nil
        for day in first..<config.days {
            if day > first {
                cumulativeHazard += hazard(day: day, expected: expected, recent: recent,
                                           mood: mood(day, incident: &incident, random: &random))
                if cumulativeHazard >= threshold { return day }
            }
            if let due = pending, due.day <= day { answer(day, due.score); pending = nil }
            let feeling = mood(day, incident: &incident, random: &random), deviation = feeling - c.moodLevel
            let usual = c.activity * seasons[day] * levelFactor
            expected += SecondWorldLife.recentWeight * (usual * (1 + c.intensity) - expected)
            guard random.uniform() < min(0.95, usual * exp(0.45 * deviation)) else {
                recent -= SecondWorldLife.recentWeight * recent
                continue
            }
            let counts = split(1 + random.poisson(mean: c.intensity * exp(0.25 * deviation)),
                               deviation: deviation, random: &random)
            engagement(day, counts)
            recent += SecondWorldLife.recentWeight * (Double(counts.total) - recent)
            if pending == nil, day - lastInvite >= SecondWorldLife.inviteCooldown,
               random.uniform() < SecondWorldLife.inviteChance {
                lastInvite = day
                if random.uniform() < min(0.95, c.responsiveness * exp(-0.35 * feeling)) {
                    let delay = random.pick([0.5, 0.3, 0.2]), given = score(feeling, random: &random)
                    if delay == 0 { answer(day, given) } else { pending = (day + delay, given) }
                }
            }
        }
        return nil
    }

    /// Mood on a day: own level, plus the incident under way, less the shock on this customer's plan.
    private func mood(_ day: Int, incident: inout WorldIncident, random: inout WorldRandom) -> Double {
        incident.advance(to: day, random: &random)
        let drop = shock.map { day >= $0.day ? $0.moodDrop : 0 } ?? 0
        return customer.moodLevel + incident.effect(on: day) - drop
    }

    /// The day's churn hazard: higher for new customers (first months), when the last three weeks' activity fell
    /// below what the customer usually does at this time of year, and when mood is low.
    private func hazard(day: Int, expected: Double, recent: Double, mood: Double) -> Double {
        let c = customer, tenure = Double(day - c.signupDay)
        let tenureFactor = (1 + 2 * exp(-tenure / 75)) * (tenure > 730 ? 0.85 : 1)
        let deficit = max(0, log((expected + 0.05) / (recent + 0.05)))
        return SecondWorldLife.baseHazard * SecondWorldSegments.plans[c.plan].hazard
            * SecondWorldSegments.channels[c.channel].effect * c.frailty * tenureFactor
            * exp(1.5 * deficit - 0.5 * mood)
    }

    /// An active day's events spread over likes, shares, comments and DMs; DMs (complaints) weigh more when
    /// the customer feels worse than usual.
    private func split(_ total: Int, deviation: Double, random: inout WorldRandom) -> WorldDayCounts {
        let m = customer.mix, dms = m[3] * exp(-0.6 * deviation)
        let sum = m[0] + m[1] + m[2] + dms
        var counts = WorldDayCounts()
        for _ in 0..<total {
            let u = random.uniform() * sum
            if u < m[0] { counts.likes += 1 } else if u < m[0] + m[1] { counts.shares += 1 }
            else if u < m[0] + m[1] + m[2] { counts.comments += 1 } else { counts.dms += 1 }
        }
        return counts
    }

    /// A survey answer: the felt mood on the 0–10 scale, shifted by the customer's scale use, with noise.
    private func score(_ feeling: Double, random: inout WorldRandom) -> Int {
        let raw = 8.0 + 1.5 * feeling + customer.scaleBias + 0.9 * random.normal()
        return min(10, max(0, Int(raw.rounded())))
    }
}
