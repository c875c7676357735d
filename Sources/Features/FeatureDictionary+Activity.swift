extension FeatureDictionary {
    /// The features of the activity layout (`ActivityFeatures`): tenure and NPS as usual, then per channel its
    /// windows, rate, change and trend (and, for amounts, value per active day), then recency and frequency.
    /// `channels` without amount flags (from `--channels`) get the amount column documented too.
    public static func describeActivity(channels: [ActivityChannel], config: SnapshotConfig? = nil,
                                        encoding: AttributeEncoding? = nil) -> [FeatureDescription] {
        var leading = Array(builtIn(config: config).prefix(BuiltInFeature.npsLastCommentSentiment.column + 1))
        leading[0].meaning = "days from signup (or, without one, the first activity) to the as-of date T"
        leading[0].window = "signup or first activity to T"
        let features = ActivityFeatures(channels: channels)
        let activity = features.columns.map { column in
            let (meaning, window, missing) = text(column.kind, channel: column.channel.map { channels[$0].name })
            return FeatureDescription(name: features.name(column), group: ActivityFeatures.family, meaning: meaning,
                                      window: window, whenMissing: missing)
        }
        return leading + activity + (encoding.map(attributeDescriptions) ?? genericAttributes)
    }

    /// Meaning, window and value without history of one activity column (`ch`: its channel).
    static func text(_ kind: ActivityFeatures.Kind, channel ch: String?) -> (String, String, String) {
        let cap = ActivityFeatures.recencyCapDays
        let c = ch ?? ""
        switch kind {
        case .sum30: return ("\(c) in the last 30 days (rows of one day add up)", "(T−30, T]", "0")
        case .sum90: return ("\(c) in the last 90 days", "(T−90, T]", "0")
        case .sum365: return ("\(c) in the last 365 days", "(T−365, T]", "0")
        case .logRate:
            return ("ln(1 + \(c) per active day) over the last 365 days", "(T−365, T]", "0 without an active day")
        case .recentVsUsual:
            return ("(r − u)/(r + u), r = \(c) per day over the last 90 days, u = per day over 365: the recent rate "
                        + "against the customer's own longer-run rate; percent change = 100·2s/(1 − s)",
                    "(T−90, T] vs (T−365, T]", "0 when both are 0")
        case .trend:
            return ("(r − p)/(r + p), r = \(c) in the last 30 days, p = half that of the 60 days before; −1 stopped, "
                        + "+1 new", "(T−30, T] vs (T−90, T−30]", "0 when both windows are empty")
        case .perActiveDay:
            return ("\(c) per active day over the last 365 days (monetary value; amount channels only: values not "
                        + "all whole numbers)", "(T−365, T]", "0 without an active day")
        case .daysSinceLast:
            return ("days from the latest active day to T, capped at \(cap) (recency)", "rows dated ≤ T", "\(cap)")
        case .logDaysSinceLast: return ("ln(1 + activity_days_since_last)", "rows dated ≤ T", "ln(\(cap + 1))")
        case .activeDays90: return ("days with any activity in the last 90 days", "(T−90, T]", "0")
        case .activeDays365:
            return ("days with any activity in the last 365 days (frequency)", "(T−365, T]", "0")
        case .typicalGap:
            return ("the customer's own typical gap: days observed in the last 365 (since the first activity) / "
                        + "active days in them (at least 1)", "(T−365, T]", "up to 365")
        case .logOverdue:
            return ("ln((1 + days since last) / (1 + typical gap)): how overdue the next activity is",
                    "rows dated ≤ T", "from the cap")
        case .logActiveDays730:
            return ("ln(1 + days with any activity in the last 730 days): lifetime frequency on the log scale, as in "
                        + "RFM and BG/NBD (Fader, Hardie & Lee 2005)", "(T−730, T]", "0")
        case .logTenure:
            return ("ln(1 + tenure_days): the customer's age T on the log scale, as in RFM and BG/NBD",
                    "signup or first activity to T", "0")
        case .expectedMissed:
            return ("active days the customer's own rate (active days in the last 730 / days observed in them since "
                        + "the first activity) expected since the latest one: −ln P(none since | still active) for "
                        + "Poisson activity, the core of BG/NBD's P(alive)", "(T−730, T]", "0")
        case .hasNone:
            return ("1 if the customer has no activity dated ≤ T (contract definition only)", "rows dated ≤ T", "1")
        }
    }
}
