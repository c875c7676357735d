/// The period ends a backtest forecasts from: every horizon step back from the evaluation date, as long as the
/// base has existed for at least two periods (one to anchor on, one to forecast), at most 12 periods.
public enum BacktestSchedule {
    public static func dates(before asOf: Day, horizon: Int, customers: CustomerTable, maxPeriods: Int = 12) -> [Day] {
        guard let first = customers.signup.min() else { return [] }
        var out: [Day] = []
        var t = asOf.adding(days: -horizon)
        while out.count < maxPeriods && t.adding(days: -horizon) >= first {
            out.append(t)
            t = t.adding(days: -horizon)
        }
        return out.reversed()
    }
}
