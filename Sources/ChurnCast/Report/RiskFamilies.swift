import Features
import Report

/// What moves churn risk, by feature family, from the churn model's net family contributions over today's scored
/// customers (`ChurnCastModel.familyDrivers`): correlated features of a family (last and mean NPS) net out, so a
/// family's direction is what its contribution does as its headline value rises, not the sign of one coefficient.
/// A family's strength is its share of the summed spreads of all families' contributions.
enum RiskFamilies {
    static func make(model: ChurnCastModel, table: FeatureTable, predictions: Predictions) -> [ReportContent.RiskFamily] {
        let drivers = model.familyDrivers(predictions, table: table)
        let total = drivers.reduce(0) { $0 + $1.strength }
        guard total > 0 else { return [] }
        let used = model.features.filter { !$0.constant }.map(\.name)
        let byName = FeatureFamily.families(featureNames: used, encoding: model.encoding,
                                            activityChannels: model.snapshot.channels)
        return drivers.map { d in
            ReportContent.RiskFamily(family: name(d.family), direction: direction(d.direction),
                                     strength: d.strength / total, summary: summary(d),
                                     features: used.filter { byName[$0] == d.family })
        }
    }

    /// "Tenure", "NPS history", "Engagement", or the attribute's name ("plan" → "Plan", "monthly_fee" →
    /// "Monthly fee").
    static func name(_ family: FeatureFamily) -> String {
        capitalised(family.plainName.replacingOccurrences(of: "_", with: " "))
    }

    static func direction(_ d: FamilyDriver.Direction) -> ReportContent.RiskDirection {
        switch d {
        case .raisesRisk: return .raises
        case .lowersRisk: return .lowers
        case .mixed: return .mixed
        }
    }

    /// "Customers with a higher last NPS are less likely to leave."; for a mixed family, that it works both ways.
    static func summary(_ d: FamilyDriver) -> String {
        switch d.direction {
        case .raisesRisk: return "Customers with \(d.headline) are more likely to leave."
        case .lowersRisk: return "Customers with \(d.headline) are less likely to leave."
        case .mixed: return "Its effect on the risk differs from customer to customer, not one way with \(d.headline)."
        }
    }

    static func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
