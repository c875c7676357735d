import Ingest

/// Which periods an NPS forecast made at T is about, and which period is "last" (naive's and the anchor's).
///
/// By default calendar quarters, as the report's NPS chart draws them: the forecast is for the calendar quarter
/// after the one containing T, and the last period is the latest complete calendar quarter ending on or before T.
/// `rolling` uses windows of H days instead: (T − H, T] and (T, T + H].
public enum ForecastPeriods: String, Codable, Sendable, CaseIterable {
    case calendarQuarter = "quarter"
    case rolling

    /// A period (`after`, `through`]: the days after `after` up to and including `through`.
    public struct Window: Sendable, Equatable {
        public var after: Day
        public var through: Day
        public var days: Int { through.days(since: after) }

        public init(after: Day, through: Day) {
            self.after = after
            self.through = through
        }
    }

    /// The last period and the next one, for a forecast made at `t` with label horizon `horizon` days.
    public func windows(asOf t: Day, horizon: Int) -> (last: Window, next: Window) {
        switch self {
        case .rolling:
            return (Window(after: t.adding(days: -horizon), through: t), Window(after: t, through: t.adding(days: horizon)))
        case .calendarQuarter:
            let current = NPSPeriod(containing: t, length: .quarter)
            let last = current.last == t ? current : NPSPeriod(index: current.index - 1, length: .quarter)
            let next = current.next
            return (Window(after: last.first.adding(days: -1), through: last.last),
                    Window(after: next.first.adding(days: -1), through: next.last))
        }
    }
}
