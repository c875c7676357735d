import Features
import Ingest

/// The as-of dates a backtest forecasts from: the quarter ends before the evaluation date whose previous
/// quarter the survey history fully covers (the anchor), the latest `maxPeriods` of them. Each forecast period
/// (T, T + H] must also be observed, which the evaluation checks per period.
public enum BacktestSchedule {
    public static func dates(before asOf: Day, horizon: Int, responses: [NPSResponse], maxPeriods: Int = 12) -> [Day] {
        guard let first = responses.lazy.map(\.day).min() else { return [] }
        let from = first.adding(days: horizon)
        let to = asOf.adding(days: -1)
        guard from <= to, let ends = try? SnapshotSchedule.dates(from: from, to: to, every: .quarter) else { return [] }
        return Array(ends.suffix(maxPeriods))
    }
}
