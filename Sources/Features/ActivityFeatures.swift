/// The feature columns of a table built from activity of any channels (SPEC section 2), in column order: per
/// channel its 30- and 90-day sums, log rate per active day, recent-against-usual rate, trend and (amount channels)
/// value per active day; then recency, frequency, how overdue against the customer's own gap, and the terms of
/// BG/NBD (Fader, Hardie & Lee 2005) with a shrunk rate: log frequency over two years, the log-likelihood ratio of
/// having gone quiet, the active days expected in the horizon if still active, the log shrunk rate, no repeat
/// activity, and log recency × log repeats. They follow the NPS built-ins and come before the attributes; the
/// social engagement columns are then absent.
public struct ActivityFeatures: Sendable, Equatable {
    public let channels: [ActivityChannel]

    public init(channels: [ActivityChannel]) { self.channels = channels }

    /// `activity_days_since_last` is capped at this many days (and is this value without activity by T).
    public static let recencyCapDays = 730
    /// The family every activity column belongs to (for reasons by feature family).
    public static let family = "activity"

    /// What one column measures.
    public enum Kind: String, Sendable, CaseIterable {
        case sum30 = "30d", sum90 = "90d", logRate = "log_rate"
        case recentVsUsual = "recent_vs_usual", trend = "trend", perActiveDay = "per_active_day"
        case daysSinceLast = "days_since_last", logDaysSinceLast = "log_days_since_last"
        case activeDays365 = "days_365d", logOverdue = "log_overdue", logActiveDays730 = "log_days_730d"
        case quietLogRatio = "quiet_log_ratio", expectedInHorizon = "expected_in_horizon"
        case logShrunkRate = "log_shrunk_rate", noRepeat = "no_repeat", recencyByRepeats = "log_recency_x_repeats"
        case hasNone = "has_no_activity"

        /// Whether the column is one per channel.
        var perChannel: Bool { Kind.channelKinds.contains(self) }
        static let channelKinds: [Kind] = [.sum30, .sum90, .logRate, .recentVsUsual, .trend, .perActiveDay]
        static let customerKinds: [Kind] = [.daysSinceLast, .logDaysSinceLast, .activeDays365, .logOverdue,
                                            .logActiveDays730, .quietLogRatio, .expectedInHorizon, .logShrunkRate,
                                            .noRepeat, .recencyByRepeats, .hasNone]
    }

    /// One column: its kind and channel (`nil` for the per-customer columns).
    public struct Column: Sendable, Equatable {
        public var kind: Kind
        public var channel: Int?

        public init(kind: Kind, channel: Int?) { self.kind = kind; self.channel = channel }
    }

    /// Every column in order.
    public var columns: [Column] {
        var out: [Column] = []
        for (i, ch) in channels.enumerated() {
            for kind in Kind.channelKinds where kind != .perActiveDay || ch.amount { out.append(Column(kind: kind, channel: i)) }
        }
        return out + Kind.customerKinds.map { Column(kind: $0, channel: nil) }
    }

    /// The column names, in order.
    public var names: [String] { columns.map(name) }

    /// A column's name: `<channel>_<kind>` per channel, `activity_<kind>` (or `has_no_activity`) per customer.
    public func name(_ column: Column) -> String {
        if let c = column.channel { return channels[c].name + "_" + column.kind.rawValue }
        return column.kind == .hasNone ? column.kind.rawValue : "activity_" + column.kind.rawValue
    }
}
