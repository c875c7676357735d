import Foundation
import Ingest

/// Churn as a daily hazard: each day after signup (from the start date on) the customer leaves with the
/// probability h_w = σ(η_w) of the current week (see `PlantedModel`), one Bernoulli draw per day from the
/// customer's churn stream; the churn date is the first day the draw succeeds.
enum ChurnProcess {
    /// The churn logit η_w of `profile` in week `week`.
    @inline(__always)
    static func logit(profile: CustomerProfile, path: LatentPath, week: Int, calendar: SyntheticCalendar,
                      model: PlantedModel) -> Double {
        let h = model.hazard
        let s = path.satisfaction(week: week)
        let change = s - path.satisfaction(week: week - h.changeLagWeeks)
        let tenure = calendar.weekStart(week).days(since: profile.signup)
        return h.baseLogit(planEffect: model.plans[profile.plan].hazard, monthlyFee: profile.monthlyFee,
                           tenureDays: tenure) + h.satisfaction * s + h.satisfactionChange * change
    }

    /// The churn day (first day the customer is gone), or nil if the customer stays through the end date.
    static func churnDay(profile: CustomerProfile, path: LatentPath, calendar: SyntheticCalendar,
                         model: PlantedModel, rng: inout Xoshiro256StarStar) -> Day? {
        let first = max(profile.signup.adding(days: 1), calendar.start)
        if first > calendar.end { return nil }
        for week in calendar.week(of: first)..<calendar.weekCount {
            let weekStart = calendar.weekStart(week)
            let lo = max(weekStart, first), hi = min(weekStart.adding(days: 6), calendar.end)
            let eta = logit(profile: profile, path: path, week: week, calendar: calendar, model: model)
            let threshold = Xoshiro256StarStar.bernoulliThreshold(1 / (1 + exp(-eta)))
            var day = lo
            while day <= hi {
                if rng.bernoulli(threshold: threshold) { return day }
                day = day.adding(days: 1)
            }
        }
        return nil
    }
}
