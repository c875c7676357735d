import Features
import Report

/// What moves churn risk, by feature family, from the churn model's standardised coefficients: a family's strength
/// is its share of Σ|β| over all features, its direction the sign that carries at least three quarters of its |β|.
/// Families are the feature dictionary's groups (tenure, NPS answers, engagement, …), each customer attribute
/// its own (`plan=pro` belongs to "Plan").
///
/// This is the one place the report's `riskFamilies` come from: per-family contributions of the reasons (which net
/// out correlated features) can replace the coefficient sums here without touching the report.
enum RiskFamilies {
    static func make(model: ChurnCastModel) -> [ReportContent.RiskFamily] {
        let described = FeatureDictionary.describe(config: model.snapshot, encoding: model.encoding)
        let byName = Dictionary(described.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var order: [String] = [], members: [String: [(name: String, beta: Double)]] = [:]
        for term in model.churn.terms.dropFirst() where term.estimate.isFinite {
            let f = family(of: term.name, group: byName[term.name]?.group)
            if members[f] == nil { order.append(f) }
            members[f, default: []].append((term.name, term.estimate))
        }
        let total = members.values.joined().reduce(0) { $0 + abs($1.beta) }
        guard total > 0 else { return [] }
        return order.map { f -> ReportContent.RiskFamily in
            let features = members[f]!
            let size = features.reduce(0) { $0 + abs($1.beta) }
            let up = features.reduce(0) { $0 + max($1.beta, 0) }
            let direction: ReportContent.RiskDirection = up >= 0.75 * size ? .raises : (up <= 0.25 * size ? .lowers : .mixed)
            let strongest = features.max { abs($0.beta) < abs($1.beta) }!
            return ReportContent.RiskFamily(family: f, direction: direction, strength: size / total,
                                            summary: summary(strongest, meaning: byName[strongest.name]?.meaning),
                                            features: features.map(\.name))
        }.sorted { $0.strength > $1.strength }
    }

    /// "Tenure", "NPS answers", "Engagement", or the attribute's name ("plan=pro" → "Plan", "monthly_fee" →
    /// "Monthly fee").
    static func family(of feature: String, group: String?) -> String {
        switch group {
        case "tenure": return "Tenure"
        case "nps": return "NPS answers"
        case "engagement": return "Engagement"
        case "attribute", nil:
            let attribute = feature.split(separator: "=", maxSplits: 1).first.map(String.init) ?? feature
            return capitalised(attribute.replacingOccurrences(of: "_", with: " "))
        case let other?: return capitalised(other)
        }
    }

    /// The family's strongest feature in a sentence: "Mostly likes_90d (likes in the last 90 days): the higher it
    /// is, the less likely a customer is to leave."; for a level of a text attribute, "Customers with plan
    /// “enterprise” are less likely to leave than those with the reference level."
    static func summary(_ f: (name: String, beta: Double), meaning: String?) -> String {
        let likely = f.beta > 0 ? "more" : "less"
        let parts = f.name.split(separator: "=", maxSplits: 1)
        if parts.count == 2 {
            return "Customers with \(parts[0]) \u{201C}\(parts[1])\u{201D} are \(likely) likely to leave than those "
                + "with the reference level."
        }
        return "Mostly \(f.name)" + (meaning.map { " (\($0))" } ?? "")
            + ": the higher it is, the \(likely) likely a customer is to leave."
    }

    static func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
