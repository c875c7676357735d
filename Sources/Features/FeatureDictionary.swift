/// One documented feature: what it measures, over which window, and its value when there is no history.
public struct FeatureDescription: Codable, Sendable, Equatable {
    public var name: String
    /// `tenure`, `nps`, `engagement` or `attribute`.
    public var group: String
    public var meaning: String
    public var window: String
    /// The value taken when the customer has no history for it (never NaN).
    public var whenMissing: String
}

/// The feature dictionary: every feature of a table documented (`churncast features --describe`).
///
/// "Daily score" below is the score of one response day: two responses of a customer on the same day count as
/// one response with their mean score (SPEC section 1).
public enum FeatureDictionary {
    /// The built-in features, in column order, with the caps of `config` (defaults when `nil`).
    public static func builtIn(config: SnapshotConfig? = nil) -> [FeatureDescription] {
        let npsCap = config?.npsRecencyCapDays ?? SnapshotConfig(asOf: []).npsRecencyCapDays
        let engCap = config?.engagementRecencyCapDays ?? SnapshotConfig(asOf: []).engagementRecencyCapDays
        return BuiltInFeature.allCases.map { f in
            let (group, meaning, window, missing) = text(f, npsCap: npsCap, engagementCap: engCap)
            return FeatureDescription(name: f.name, group: group, meaning: meaning, window: window,
                                      whenMissing: missing)
        }
    }

    /// Every feature of a table built with `config` and `encoding`: the built-in ones, then the attributes.
    /// Without an encoding the attribute entries are generic patterns (`<name>`, `<name>=<level>`, ...).
    public static func describe(config: SnapshotConfig? = nil, encoding: AttributeEncoding? = nil) -> [FeatureDescription] {
        builtIn(config: config) + (encoding.map(attributeDescriptions) ?? genericAttributes)
    }

    /// The percentage change of engagement that an `engagement_trend` value s stands for:
    /// `100 × (r − p) / p = 100 × 2s / (1 − s)`; `nil` when the earlier window had none (s = 1).
    ///
    ///     s = −0.4706 (r = 9, p = 25)  →  −64%: "engagement down 64% vs the previous 60 days"
    public static func engagementPercentChange(trend s: Double) -> Double? {
        s >= 1 ? nil : 100 * 2 * s / (1 - s)
    }

    static func text(_ f: BuiltInFeature, npsCap: Int, engagementCap: Int)
        -> (group: String, meaning: String, window: String, whenMissing: String) {
        let allNPS = "responses dated ≤ T"
        switch f {
        case .tenureDays:
            return ("tenure", "days from signup to the as-of date T", "signup to T", "always defined")
        case .npsCount:
            return ("nps", "number of response days (same-day responses count once)", allNPS, "0")
        case .npsLastScore:
            return ("nps", "daily score of the latest response", allNPS, "0 (see has_no_nps)")
        case .npsMeanScore:
            return ("nps", "mean of the daily scores", allNPS, "0 (see has_no_nps)")
        case .npsDaysSinceLast:
            return ("nps", "days from the latest response to T, capped at \(npsCap)", allNPS, "\(npsCap)")
        case .npsTrendPer90Days:
            return ("nps", "least-squares slope of daily score against date, in points per 90 days",
                    allNPS, "0 with fewer than two response days")
        case .npsChangeFromPrevious:
            return ("nps", "latest daily score minus the one before it", allNPS, "0 with fewer than two response days")
        case .npsLastPromoter:
            return ("nps", "1 if the latest daily score is 9 or more (promoter)", allNPS, "0")
        case .npsLastDetractor:
            return ("nps", "1 if the latest daily score is below 7 (detractor); passive is both 0", allNPS, "0")
        case .hasNoNPS:
            return ("nps", "1 if the customer has no response dated ≤ T", allNPS, "1")
        case .npsShrunkMean, .npsRelativeToOwnMean, .npsShrunkMin, .npsResponseRate:
            return ownHistoryText(f)
        case .npsHasCommented:
            return ("nps", "1 if any response dated ≤ T has a comment (text other than spaces)", allNPS, "0")
        case .npsLastCommentSentiment:
            return ("nps", "sentiment of the latest comment, −1 (very negative) … +1 (very positive), as "
                        + "`churncast comments` scores it; same-day comments averaged", allNPS, "0 without a comment")
        case .likes30, .shares30, .comments30, .dms30:
            return ("engagement", "\(channel(f)) in the last 30 days", "(T−30, T]", "0")
        case .likes90, .shares90, .comments90, .dms90:
            return ("engagement", "\(channel(f)) in the last 90 days", "(T−90, T]", "0")
        case .engagementTrend:
            return ("engagement",
                    "(r − p)/(r + p), r = all engagement in the last 30 days, p = half that of the 60 days before; "
                        + "−1 stopped, +1 new; percent change = 100·2s/(1 − s)",
                    "(T−30, T] vs (T−90, T−30]", "0 when both windows are empty")
        case .engagementDaysSinceLast:
            return ("engagement", "days from the latest day with any engagement to T, capped at \(engagementCap)",
                    "rows dated ≤ T", "\(engagementCap)")
        case .hasNoEngagement:
            return ("engagement", "1 if the customer has no engagement dated ≤ T", "rows dated ≤ T", "1")
        }
    }

    /// The features of the customer's own NPS history against the population (`NPSPrior`): m and k come from
    /// every customer's daily scores dated ≤ T (`features`, `train`), or from the model when scoring (`score`,
    /// `evaluate`, `forecast`, `sql` read those of its latest training date ≤ T from the model file).
    static func ownHistoryText(_ f: BuiltInFeature)
        -> (group: String, meaning: String, window: String, whenMissing: String) {
        let window = "responses dated ≤ T"
        switch f {
        case .npsShrunkMean:
            return ("nps", "mean of the n daily scores shrunk toward the population, (Σ scores + k·m)/(n + k): m the "
                        + "mean of all customers' daily scores dated ≤ T (with a model: ≤ its latest training date), "
                        + "k = within- over between-customer variance of those scores (method of moments, "
                        + "at most \(Int(NPSPrior.maxWeight))), so few answers count little", window, "0 (see has_no_nps)")
        case .npsRelativeToOwnMean:
            return ("nps", "latest daily score minus the customer's own earlier mean, shrunk: (Σ earlier scores + "
                        + "k·m)/(n − 1 + k), m with one response day; below 0 worse than usual for this customer",
                    window, "0")
        case .npsShrunkMin:
            return ("nps", "lowest daily score shrunk toward the population like nps_shrunk_mean: (min·n + k·m)/(n + k)",
                    window, "0 (see has_no_nps)")
        case .npsResponseRate:
            return ("nps", "response days per year of tenure, 365·n/max(tenure_days, 90)", "responses dated ≤ T", "0")
        default:
            preconditionFailure("\(f.name) is documented in text(_:npsCap:engagementCap:)")
        }
    }

    static func channel(_ f: BuiltInFeature) -> String {
        switch f {
        case .likes30, .likes90: return "likes"
        case .shares30, .shares90: return "shares"
        case .comments30, .comments90: return "comments"
        default: return "direct messages"
        }
    }

    static func attributeDescriptions(_ e: AttributeEncoding) -> [FeatureDescription] {
        var out: [FeatureDescription] = []
        for n in e.numeric {
            out.append(FeatureDescription(name: n.name, group: "attribute", meaning: "customer attribute as exported",
                                          window: "static", whenMissing: "training median \(n.fill)"))
            if n.missingIndicator {
                out.append(FeatureDescription(name: n.missingFeatureName, group: "attribute",
                                              meaning: "1 if \(n.name) is empty", window: "static", whenMissing: "1"))
            }
        }
        for c in e.categorical {
            let base = c.reference.map { "\"\($0)\"" } ?? "none"
            for level in c.levels {
                out.append(FeatureDescription(name: c.featureName(level: level), group: "attribute",
                                              meaning: "1 if \(c.name) is \"\(level)\" (reference level \(base))",
                                              window: "static", whenMissing: "0"))
            }
            if c.hasOther {
                out.append(FeatureDescription(name: c.featureName(level: AttributeEncoding.otherLevel),
                                              group: "attribute",
                                              meaning: "1 if \(c.name) is a rare level or one not seen in training",
                                              window: "static", whenMissing: "0"))
            }
        }
        return out
    }

    static let genericAttributes: [FeatureDescription] = [
        FeatureDescription(name: "<name>", group: "attribute",
                           meaning: "a numeric column of customers.csv, as exported", window: "static",
                           whenMissing: "training median"),
        FeatureDescription(name: "<name>_missing", group: "attribute",
                           meaning: "1 if that numeric attribute is empty (only when training saw empties)",
                           window: "static", whenMissing: "1"),
        FeatureDescription(name: "<name>=<level>", group: "attribute",
                           meaning: "1 if a text column of customers.csv has this level; the most frequent level is "
                               + "the reference (all 0); empty text is the level \"(blank)\"",
                           window: "static", whenMissing: "0"),
        FeatureDescription(name: "<name>=other", group: "attribute",
                           meaning: "1 for levels held by too few training customers or unseen in training",
                           window: "static", whenMissing: "0"),
    ]
}
