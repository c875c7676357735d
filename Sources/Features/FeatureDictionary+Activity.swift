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
        case .activeDays365:
            return ("days with any activity in the last 365 days (frequency)", "(T−365, T]", "0")
        case .logOverdue:
            return ("ln((1 + days since last) / (1 + g)), g = days observed in the last 365 (since the first "
                        + "activity) / active days in them (at least 1): how overdue against the customer's own gap",
                    "rows dated ≤ T", "from the cap")
        case .logActiveDays730:
            return ("ln(1 + days with any activity in the last 730 days): lifetime frequency on the log scale, as in "
                        + "RFM and BG/NBD (Fader, Hardie & Lee 2005)", "(T−730, T]", "0")
        case .quietLogRatio:
            return ("(r + x)·ln((α + e)/(α + t_x)): BG/NBD's log-likelihood ratio of having gone quiet — x repeat "
                        + "active days in the exposure e (days since the first activity, at most 730), t_x the last "
                        + "one's day since that start, Gamma(r, α) the population's rate prior by the method of "
                        + "moments at T (Fader, Hardie & Lee 2005)", "(T−730, T]", "0")
        case .expectedInHorizon:
            return ("(r + x)·ln(1 + H/(α + e)): the active days expected in the horizon H if still active, −ln P(none "
                        + "in H | active) with the shrunk rate's posterior Gamma(r + x, α + e)", "(T−730, T]",
                    "r·ln(1 + H/α)")
        case .logShrunkRate:
            return ("ln((r + x)/(α + e)): the customer's rate of active days per day shrunk toward the population's "
                        + "(few days of history pulled toward it; x, e, r, α as in activity_quiet_log_ratio)",
                    "(T−730, T]", "ln(r/α)")
        case .noRepeat:
            return ("1 when the customer has no repeat active day (x = 0: one active day since the start of the "
                        + "last 730 days)", "(T−730, T]", "1")
        case .recencyByRepeats:
            return ("ln(1 + activity_days_since_last) · ln(1 + x): recency weighs more for customers who came back "
                        + "often", "(T−730, T]", "0")
        case .hasNone:
            return ("1 if the customer has no activity dated ≤ T (contract definition only)", "rows dated ≤ T", "1")
        }
    }
}
