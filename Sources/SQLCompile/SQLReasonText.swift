import Features

/// The words of one family's reason as an SQL expression of the feature table `t` and the medians `m` (CTE
/// `typical`): the text `churncast score` writes (ReasonWriter in Sources/ChurnCast/Model/Explain), from the same
/// templates; NULL where ReasonWriter gives none (a promoter's last score, a family without words).
struct SQLReasonText {
    let dialect: SQLDialect
    let encoding: AttributeEncoding
    /// The feature table's column names (an attribute's `_missing` indicator is there only when training saw one).
    let columns: Set<String>

    /// The medians of the comparable customers (TypicalValues): respondents' last NPS, the engaged customers'
    /// 30-day engagement, tenure, each numeric attribute where known; as `expression AS cc_m…`.
    var typicalColumns: [String] {
        let (noNPS, noEngagement) = (x(.hasNoNPS), x(.hasNoEngagement))
        var out = [
            median("CASE WHEN \(noNPS) = 0 THEN \(x(.npsLastScore)) END") + " AS cc_m_nps",
            median("CASE WHEN \(noEngagement) = 0 THEN \(recentEngagement) END") + " AS cc_m_engagement",
            median(x(.tenureDays)) + " AS cc_m_tenure",
        ]
        for (i, n) in encoding.numeric.enumerated() where columns.contains(n.name) {
            let value = columns.contains(n.missingFeatureName)
                ? "CASE WHEN \(column(n.missingFeatureName)) = 0 THEN \(column(n.name)) END" : column(n.name)
            out.append(median(value) + " AS cc_m_\(i)")
        }
        return out
    }

    /// The words for `family`.
    func words(_ family: FeatureFamily) -> String {
        switch family.group {
        case "tenure":
            return concat(text("customer for "), days(x(.tenureDays)), typical("m.cc_m_tenure", rounded: true))
        case "nps": return npsWords
        case "engagement": return engagementWords
        case "attribute": return attributeWords(family.attribute)
        default: return "NULL"
        }
    }

    /// "never answered an NPS survey"; NULL for a promoter; "last NPS 3 (detractor), down from 8" or ", typical 8
    /// among respondents" when the respondents' median is higher.
    var npsWords: String {
        let last = x(.npsLastScore), previous = "(\(last) - \(x(.npsChangeFromPrevious)))"
        let category = "CASE WHEN \(last) < 7 THEN \(text("detractor")) ELSE \(text("passive")) END"
        let tail = "CASE WHEN \(x(.npsCount)) >= 2 AND \(previous) > \(last) THEN \(concat(text(", down from "), number(previous))) "
            + "WHEN m.cc_m_nps > \(last) THEN \(concat(text(", typical "), number("m.cc_m_nps"), text(" among respondents"))) "
            + "ELSE \(text("")) END"
        return "CASE WHEN \(x(.hasNoNPS)) >= 0.5 THEN \(text("never answered an NPS survey")) "
            + "WHEN \(last) >= 9 THEN NULL "
            + "ELSE \(concat(text("last NPS "), number(last), text(" ("), category, text(")"), tail)) END"
    }

    /// "no social engagement on record", "no engagement for 40 days", "engagement 3 actions in 30 days, down from
    /// 12" (the 60 days before, per 30 days) or "… (typical 9)".
    var engagementWords: String {
        let recent = recentEngagement
        let all = "(" + (4..<8).map { channel($0) }.joined(separator: " + ") + ")"
        let before = roundedHalfAway("(\(all) - \(recent)) / 2")
        let actions = "CASE WHEN \(recent) = 1 THEN \(text(" action")) ELSE \(text(" actions")) END"
        let tail = "CASE WHEN \(before) > \(recent) THEN \(concat(text(", down from "), number(before))) "
            + "ELSE \(typical("m.cc_m_engagement", rounded: false)) END"
        return "CASE WHEN \(x(.hasNoEngagement)) >= 0.5 THEN \(text("no social engagement on record")) "
            + "WHEN \(recent) = 0 THEN \(concat(text("no engagement for "), days(x(.engagementDaysSinceLast)))) "
            + "ELSE \(concat(text("engagement "), number(recent), actions, text(" in 30 days"), tail)) END"
    }

    /// "seats 3 (typical 5)", "seats unknown", "plan is basic" (the reference level when no level column is set).
    func attributeWords(_ name: String) -> String {
        if let i = encoding.numeric.firstIndex(where: { $0.name == name }), columns.contains(name) {
            let n = encoding.numeric[i]
            let known = concat(text("\(name) "), number(column(name)), typical("m.cc_m_\(i)", rounded: false))
            guard columns.contains(n.missingFeatureName) else { return known }
            return "CASE WHEN \(column(n.missingFeatureName)) >= 0.5 THEN \(text("\(name) unknown")) ELSE \(known) END"
        }
        guard let c = encoding.categorical.first(where: { $0.name == name }) else { return "NULL" }
        let levels = (c.levels + [AttributeEncoding.otherLevel]).filter { columns.contains(c.featureName(level: $0)) }
        let fallback = text("\(name) is \(c.reference ?? AttributeEncoding.otherLevel)")
        guard !levels.isEmpty else { return fallback }
        return "CASE " + levels.map { "WHEN \(column(c.featureName(level: $0))) >= 0.5 THEN \(text("\(name) is \($0)")) " }
            .joined() + "ELSE \(fallback) END"
    }

    /// " (typical m)" with m (rounded to a whole number first when `rounded`), or "" when the median is NULL.
    func typical(_ m: String, rounded: Bool) -> String {
        let value = rounded ? roundedHalfAway(m) : m
        return "CASE WHEN \(m) IS NULL THEN \(text("")) ELSE \(concat(text(" (typical "), number(value), text(")"))) END"
    }

    /// The four 30-day channels summed.
    var recentEngagement: String { "(" + (0..<4).map { channel($0) }.joined(separator: " + ") + ")" }

    func channel(_ i: Int) -> String { x(BuiltInFeature(rawValue: BuiltInFeature.likes30.rawValue + i)!) }

    /// The median of `value` over the rows where it is not NULL (PERCENTILE_CONT: the two middle values' mean).
    func median(_ value: String) -> String {
        switch dialect {
        case .postgres, .duckdb: return "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY \(value))"
        case .spark: return "PERCENTILE(\(value), 0.5)"
        }
    }

    func x(_ f: BuiltInFeature) -> String { column(f.name) }
    func column(_ name: String) -> String { dialect.toDouble("t." + dialect.identifier(name)) }
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

    /// ReasonWriter.format in SQL: whole numbers without decimals, others rounded to one decimal.
    func number(_ x: String) -> String {
        let r = "(\(roundedHalfAway("(\(x)) * 10")) / 10)"
        return "CASE WHEN \(x) = FLOOR(\(x)) THEN \(integer(x)) WHEN \(r) = FLOOR(\(r)) THEN \(integer(r)) "
            + "ELSE CAST(\(r) AS \(dialect.textType)) END"
    }
}
