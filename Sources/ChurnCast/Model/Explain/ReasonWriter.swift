import Features

/// The words of a family's reason, from the customer's own values: "last NPS 3 (detractor), down from 8",
/// "engagement 12 actions in 30 days, down from 40", "customer for 45 days (typical 412)", "plan is basic".
///
/// The words never call something good a risk: a promoter's last score (9–10) is never given as a reason
/// (`nil`: the family is then not listed), whatever its net contribution.
enum ReasonWriter {
    /// Where an attribute family's columns are in the table.
    enum AttributeColumns {
        case numeric(name: String, column: Int, missing: Int?)
        case categorical(name: String, levels: [(level: String, column: Int)], reference: String?)
    }

    /// The words for family `family` of a row whose feature values `x` gives by table column; `nil` when the
    /// customer's values do not describe a risk.
    static func words(_ family: FeatureFamily, attribute: AttributeColumns?, typical: TypicalValues,
                      x: (Int) -> Double) -> String? {
        func f(_ b: BuiltInFeature) -> Double { x(b.column) }
        switch family.group {
        case "tenure":
            return "customer for \(days(Int(f(.tenureDays))))" + typicalText(typical.tenureDays, days: true)
        case "nps":
            return npsWords(f, typical: typical)
        case "engagement":
            return engagementWords(f, typical: typical)
        case "attribute":
            return attribute.map { attributeWords($0, typical: typical, x: x) }
        default:
            // A family without words here (a new group) is not listed: its values cannot yet be said plainly.
            return nil
        }
    }

    /// What decides a family's words besides `typical` (equal inputs, equal words: `ReasonWordCache`): the values
    /// of some table columns, or for engagement its flag, totals (`engagementTotals`) and idle days.
    enum Inputs {
        case columns([Int])
        case engagement
    }

    /// The inputs of `words` for `family`: the columns it reads (none for a family without words).
    static func inputs(_ family: FeatureFamily, attribute: AttributeColumns?) -> Inputs {
        switch family.group {
        case "tenure":
            return .columns([BuiltInFeature.tenureDays.column])
        case "nps":
            return .columns([BuiltInFeature.hasNoNPS, .npsLastScore, .npsChangeFromPrevious, .npsCount].map(\.column))
        case "engagement":
            return .engagement
        case "attribute":
            switch attribute {
            case let .numeric(_, column, missing): return .columns([column] + (missing.map { [$0] } ?? []))
            case let .categorical(_, levels, _): return .columns(levels.map(\.column))
            case nil: return .columns([])
            }
        default:
            return .columns([])
        }
    }

    static func npsWords(_ f: (BuiltInFeature) -> Double, typical: TypicalValues) -> String? {
        if f(.hasNoNPS) >= 0.5 { return "never answered an NPS survey" }
        let last = f(.npsLastScore)
        let category = BuiltInFeature.category(ofScore: last)
        guard category != .promoter else { return nil }
        var text = "last NPS \(format(last)) (\(category.rawValue))"
        let previous = last - f(.npsChangeFromPrevious)
        if f(.npsCount) >= 2 && previous > last {
            text += ", down from \(format(previous))"
        } else if let m = typical.lastNPS, m > last {
            text += ", typical \(format(m)) among respondents"
        }
        return text
    }

    static func engagementWords(_ f: (BuiltInFeature) -> Double, typical: TypicalValues) -> String? {
        if f(.hasNoEngagement) >= 0.5 { return "no social engagement on record" }
        let (recent, all) = engagementTotals(f)
        let before = ((all - recent) / 2).rounded()  // the 60 days before, per 30 days
        let idle = Int(f(.engagementDaysSinceLast))
        if recent == 0 { return "no engagement for \(days(idle))" }
        let text = "engagement \(format(recent)) action\(recent == 1 ? "" : "s") in 30 days"
        if before > recent { return text + ", down from \(format(before))" }
        return text + typicalText(typical.engagement30, days: false)
    }

    /// The actions of the last 30 and of the last 90 days (likes, shares, comments and DMs together).
    static func engagementTotals(_ f: (BuiltInFeature) -> Double) -> (recent: Double, all: Double) {
        var recent = 0.0, all = 0.0
        for i in 0..<4 {
            recent += f(BuiltInFeature(rawValue: BuiltInFeature.likes30.rawValue + i)!)
            all += f(BuiltInFeature(rawValue: BuiltInFeature.likes90.rawValue + i)!)
        }
        return (recent, all)
    }

    static func attributeWords(_ a: AttributeColumns, typical: TypicalValues, x: (Int) -> Double) -> String {
        switch a {
        case let .numeric(name, column, missing):
            if let m = missing, x(m) >= 0.5 { return "\(name) unknown" }
            return "\(name) \(format(x(column)))" + typicalText(typical.attributes[name], days: false)
        case let .categorical(name, levels, reference):
            let level = levels.first { x($0.column) >= 0.5 }?.level ?? reference ?? AttributeEncoding.otherLevel
            return "\(name) is \(level)"
        }
    }

    static func typicalText(_ m: Double?, days: Bool) -> String {
        guard let m else { return "" }
        return " (typical \(format(days ? m.rounded() : m)))"
    }

    static func days(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }

    /// A number for people: integers without decimals, others with one.
    static func format(_ x: Double) -> String {
        if x == x.rounded() && abs(x) < 1e12 { return String(Int(x)) }
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
