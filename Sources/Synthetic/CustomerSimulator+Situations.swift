import Ingest

extension CustomerSimulator {
    /// The `CommentSituation`s that apply to the current customer (`path`, `engagedDays`) on `day`.
    func situations(_ profile: CustomerProfile, _ day: Day) -> SituationSet {
        var set = SituationSet()
        let week = calendar.week(of: day)
        if path.shockSize < 0 && week >= path.shockWeek { set.insert(.shock) }
        let lag = config.model.hazard.changeLagWeeks
        if path.satisfaction(week: week) - path.satisfaction(week: week - lag) <= CommentRules.fallingChange {
            set.insert(.fallingSatisfaction)
        }
        if engagementDropped(before: day, since: max(profile.signup, calendar.start)) { set.insert(.engagementDrop) }
        let plan = config.model.plans[profile.plan]
        if Double(profile.feeCents) >= (plan.feeMin + 0.75 * (plan.feeMax - plan.feeMin)) * 100 { set.insert(.highFee) }
        if day.days(since: profile.signup) < CommentRules.newCustomerDays { set.insert(.newCustomer) }
        return set
    }

    /// True when the engaged days of the 28 days before `day` number at most a sixth of those of the 56 days
    /// before them (a third of the daily rate), which hold at least `CommentRules.dropMinimumBefore`; both
    /// windows must lie on or after `since`.
    func engagementDropped(before day: Day, since: Day) -> Bool {
        let earliest = day.adding(days: -84), recentStart = day.adding(days: -28)
        guard earliest >= since else { return false }
        var recent = 0, earlier = 0
        for d in engagedDays where d >= earliest && d < day {
            if d >= recentStart { recent += 1 } else { earlier += 1 }
        }
        return earlier >= CommentRules.dropMinimumBefore && 6 * recent <= earlier
    }
}
