import Features

/// The sentence of one reason as an SQL expression of the feature table's columns: the text `churncast score`
/// writes (ReasonWriter in Sources/ChurnCast/Explain), rebuilt from the same templates.
struct SQLReasonText {
    let dialect: SQLDialect

    /// The sentence for used feature `name`, whose training mean is `mean`.
    func sentence(feature name: String, mean: Double) -> String {
        let x = column(name)
        if let f = BuiltInFeature(name: name) { return builtIn(f, x, mean) }
        if let eq = name.firstIndex(of: "=") {
            let attr = name[..<eq], level = name[name.index(after: eq)...]
            return "CASE WHEN \(x) >= 0.5 THEN \(text("\(attr) is \(level)")) ELSE \(text("\(attr) is not \(level)")) END"
        }
        if name.hasSuffix("_missing") { return text("\(name.dropLast("_missing".count)) unknown") }
        return concat(text("\(name) "), number(x), text(" (typical \(Self.format(mean)))"))
    }

    /// The built-in features' sentences; those that read whether there is any NPS or engagement history say so.
    func builtIn(_ f: BuiltInFeature, _ x: String, _ mean: Double) -> String {
        let noNPS = "\(column(BuiltInFeature.hasNoNPS.name)) >= 0.5"
        let noEngagement = "\(column(BuiltInFeature.hasNoEngagement.name)) >= 0.5"
        let never = text("never answered an NPS survey"), nothing = text("no social engagement on record")
        func unlessNoNPS(_ s: String) -> String { "CASE WHEN \(noNPS) THEN \(never) ELSE \(s) END" }
        let typical = text(" (typical \(Self.format(mean)))")
        switch f {
        case .tenureDays:
            return concat(text("customer for "), days(x), text(" (typical \(Int(mean.rounded())))"))
        case .npsCount:
            let plural = "CASE WHEN \(x) = 1 THEN \(text(" NPS response")) ELSE \(text(" NPS responses")) END"
            return unlessNoNPS(concat(integer(x), plural, typical))
        case .npsLastScore, .npsLastPromoter, .npsLastDetractor:
            let last = column(BuiltInFeature.npsLastScore.name)
            let category = "CASE WHEN \(last) >= 9 THEN \(text("promoter")) WHEN \(last) < 7 THEN \(text("detractor")) "
                + "ELSE \(text("passive")) END"
            return unlessNoNPS(concat(text("last NPS "), number(last), text(" ("), category, text(")")))
        case .npsMeanScore: return unlessNoNPS(concat(text("average NPS score "), number(x), typical))
        case .npsDaysSinceLast: return unlessNoNPS(concat(text("no NPS response for "), days(x)))
        case .npsTrendPer90Days:
            return unlessNoNPS("CASE WHEN \(x) < 0 THEN \(concat(text("NPS falling by "), number("-\(x)"), text(" points a quarter"))) "
                + "ELSE \(concat(text("NPS rising by "), number(x), text(" points a quarter"))) END")
        case .npsChangeFromPrevious:
            return unlessNoNPS("CASE WHEN \(x) < 0 THEN \(concat(text("last NPS "), number("-\(x)"), text(" points below the previous one"))) "
                + "WHEN \(x) > 0 THEN \(concat(text("last NPS "), number(x), text(" points above the previous one"))) "
                + "ELSE \(text("last NPS same as the previous one")) END")
        case .hasNoNPS:
            return "CASE WHEN \(x) >= 0.5 THEN \(never) ELSE \(text("has answered NPS surveys")) END"
        case .npsHasCommented, .npsLastCommentSentiment: return text("")  // models using them are refused (SQLModel)
        case .likes30, .shares30, .comments30, .dms30, .likes90, .shares90, .comments90, .dms90:
            let i = f.rawValue - BuiltInFeature.likes30.rawValue
            let what = ["likes", "shares", "comments", "DMs"][i % 4]
            return concat(integer(x), text(" \(what) in the last \(i < 4 ? 30 : 90) days"), typical)
        case .engagementTrend:
            // percent change 100·2s/(1 − s), none when s ≥ 1 (FeatureDictionary.engagementPercentChange)
            let pct = "(100 * 2 * \(x) / (1 - \(x)))"
            let p = integer(roundedHalfAway("ABS(\(pct))"))
            return "CASE WHEN \(noEngagement) THEN \(nothing) "
                + "WHEN \(x) >= 1 THEN \(text("engagement only in the last 30 days, none in the 60 before")) "
                + "WHEN \(pct) < 0 THEN \(concat(text("engagement down "), p, text("% vs the previous 60 days"))) "
                + "WHEN \(pct) > 0 THEN \(concat(text("engagement up "), p, text("% vs the previous 60 days"))) "
                + "ELSE \(text("engagement flat vs the previous 60 days")) END"
        case .engagementDaysSinceLast:
            return "CASE WHEN \(noEngagement) THEN \(nothing) ELSE \(concat(text("no engagement for "), days(x))) END"
        case .hasNoEngagement:
            return "CASE WHEN \(x) >= 0.5 THEN \(nothing) ELSE \(text("engages on social media")) END"
        }
    }

    func column(_ name: String) -> String { dialect.toDouble(dialect.identifier(name)) }
    func text(_ s: String) -> String { dialect.string(s) }
    func concat(_ parts: String...) -> String { "(" + parts.joined(separator: " || ") + ")" }

    /// `Int(x)` as text (x is whole here).
    func integer(_ x: String) -> String { "CAST(CAST(\(x) AS BIGINT) AS \(dialect.textType))" }

    /// "1 day", "n days".
    func days(_ x: String) -> String {
        "CASE WHEN \(x) = 1 THEN \(text("1 day")) ELSE \(concat(integer(x), text(" days"))) END"
    }

    /// Swift's `rounded()`: to the nearest whole number, halves away from zero.
    func roundedHalfAway(_ x: String) -> String { "(SIGN(\(x)) * FLOOR(ABS(\(x)) + 0.5))" }

    /// `format` below in SQL: whole numbers without decimals, others rounded to one decimal.
    func number(_ x: String) -> String {
        let r = "(\(roundedHalfAway("(\(x)) * 10")) / 10)"
        return "CASE WHEN \(x) = FLOOR(\(x)) THEN \(integer(x)) WHEN \(r) = FLOOR(\(r)) THEN \(integer(r)) "
            + "ELSE CAST(\(r) AS \(dialect.textType)) END"
    }

    /// A number for people (ReasonWriter.format): integers without decimals, others with one.
    static func format(_ x: Double) -> String {
        if x == x.rounded() && abs(x) < 1e12 { return String(Int(x)) }
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
