import Features

/// Turns a feature's contribution to a customer's churn risk into a sentence a person can act on
/// ("engagement down 64% vs the previous 60 days", "last NPS 3 (detractor)").
///
/// A contribution is `coefficient × (x − training mean) / training sd`: how far this customer's value pushes the
/// log-odds of churn above or below those of a typical training customer.
public enum ReasonWriter {
    /// The sentence for feature `name` with raw value `x`, given the training mean and the customer's row
    /// (some reasons read a second feature, e.g. whether there is any NPS history at all).
    public static func reason(feature name: String, value x: Double, trainingMean mean: Double,
                              row: (BuiltInFeature) -> Double) -> String {
        reason(feature: name, builtIn: BuiltInFeature(name: name), value: x, trainingMean: mean, row: row)
    }

    /// The same, with the built-in feature of `name` (or `nil`) already looked up.
    static func reason(feature name: String, builtIn feature: BuiltInFeature?, value x: Double,
                       trainingMean mean: Double, row: (BuiltInFeature) -> Double) -> String {
        if let f = feature { return builtIn(f, x, mean, row) }
        if let eq = name.firstIndex(of: "=") {
            let attr = name[..<eq], level = name[name.index(after: eq)...]
            return x >= 0.5 ? "\(attr) is \(level)" : "\(attr) is not \(level)"
        }
        if name.hasSuffix("_missing") { return "\(name.dropLast("_missing".count)) unknown" }
        return "\(name) \(format(x)) (typical \(format(mean)))"
    }

    static func builtIn(_ f: BuiltInFeature, _ x: Double, _ mean: Double, _ row: (BuiltInFeature) -> Double) -> String {
        let noNPS = row(.hasNoNPS) >= 0.5, noEngagement = row(.hasNoEngagement) >= 0.5
        switch f {
        case .tenureDays:
            return "customer for \(days(Int(x))) (typical \(Int(mean.rounded())))"
        case .npsCount:
            return noNPS ? "never answered an NPS survey" : "\(Int(x)) NPS response\(Int(x) == 1 ? "" : "s") (typical \(format(mean)))"
        case .npsLastScore, .npsLastPromoter, .npsLastDetractor:
            if noNPS { return "never answered an NPS survey" }
            let last = row(.npsLastScore)
            return "last NPS \(format(last)) (\(BuiltInFeature.category(ofScore: last).rawValue))"
        case .npsMeanScore:
            return noNPS ? "never answered an NPS survey" : "average NPS score \(format(x)) (typical \(format(mean)))"
        case .npsDaysSinceLast:
            return noNPS ? "never answered an NPS survey" : "no NPS response for \(days(Int(x)))"
        case .npsTrendPer90Days:
            if noNPS { return "never answered an NPS survey" }
            return x < 0 ? "NPS falling by \(format(-x)) points a quarter" : "NPS rising by \(format(x)) points a quarter"
        case .npsChangeFromPrevious:
            if noNPS { return "never answered an NPS survey" }
            return x < 0 ? "last NPS \(format(-x)) points below the previous one"
                : x > 0 ? "last NPS \(format(x)) points above the previous one" : "last NPS same as the previous one"
        case .hasNoNPS:
            return x >= 0.5 ? "never answered an NPS survey" : "has answered NPS surveys"
        case .npsHasCommented, .npsLastCommentSentiment:
            if row(.npsHasCommented) < 0.5 { return "never commented on an NPS survey" }
            let s = row(.npsLastCommentSentiment)
            return "latest comment \(s < 0 ? "negative" : s > 0 ? "positive" : "neutral") (sentiment \(format(s)))"
        case .likes30, .shares30, .comments30, .dms30, .likes90, .shares90, .comments90, .dms90:
            let (what, days) = engagementWindow(f)
            return "\(Int(x)) \(what) in the last \(days) days (typical \(format(mean)))"
        case .engagementTrend:
            if noEngagement { return "no social engagement on record" }
            guard let pct = FeatureDictionary.engagementPercentChange(trend: x) else {
                return "engagement only in the last 30 days, none in the 60 before"
            }
            let p = Int(abs(pct).rounded())
            return pct < 0 ? "engagement down \(p)% vs the previous 60 days"
                : pct > 0 ? "engagement up \(p)% vs the previous 60 days" : "engagement flat vs the previous 60 days"
        case .engagementDaysSinceLast:
            return noEngagement ? "no social engagement on record" : "no engagement for \(days(Int(x)))"
        case .hasNoEngagement:
            return x >= 0.5 ? "no social engagement on record" : "engages on social media"
        }
    }

    static func engagementWindow(_ f: BuiltInFeature) -> (String, Int) {
        switch f {
        case .likes30: return ("likes", 30)
        case .shares30: return ("shares", 30)
        case .comments30: return ("comments", 30)
        case .dms30: return ("DMs", 30)
        case .likes90: return ("likes", 90)
        case .shares90: return ("shares", 90)
        case .comments90: return ("comments", 90)
        default: return ("DMs", 90)
        }
    }

    static func days(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }

    /// A number for people: integers without decimals, others with one.
    static func format(_ x: Double) -> String {
        if x == x.rounded() && abs(x) < 1e12 { return String(Int(x)) }
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
