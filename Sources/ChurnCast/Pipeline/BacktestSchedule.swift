/// The period ends a backtest forecasts from: every horizon step back from the evaluation date, as long as the
/// survey history covers the whole period before it (the anchor) — at most `maxPeriods` periods.
public enum BacktestSchedule {
    public static func dates(before asOf: Day, horizon: Int, responses: [NPSResponse], maxPeriods: Int = 12) -> [Day] {
        guard let first = responses.lazy.map(\.day).min() else { return [] }
        var out: [Day] = []
        var t = asOf.adding(days: -horizon)
        while out.count < maxPeriods && t.adding(days: -horizon) >= first {
            out.append(t)
            t = t.adding(days: -horizon)
        }
        return out.reversed()
    }
}
