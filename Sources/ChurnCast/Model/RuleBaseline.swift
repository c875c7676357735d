import Features

/// The simple rule a team might use without a model: a customer is at risk when their last NPS score was 6 or
/// less (a detractor) or they have not engaged in the last 30 days (in a table of other activity channels: no
/// activity in the last 30 days, read by column name). Its probabilities are the churn rates of the flagged and
/// unflagged groups in training.
public struct RuleBaseline: Sendable {
    public var flaggedRate: Double
    public var unflaggedRate: Double

    public init(flaggedRate: Double, unflaggedRate: Double) {
        self.flaggedRate = flaggedRate
        self.unflaggedRate = unflaggedRate
    }

    /// Learns the two rates from a training table's labels.
    public init(training table: FeatureTable) {
        var n = [0, 0], churned = [0, 0]
        let quiet = Self.activityRecencyColumn(table)
        for r in 0..<table.rowCount {
            let g = RuleBaseline.flags(table, row: r, activityRecency: quiet) ? 1 : 0
            n[g] += 1
            churned[g] += Int(table.churned[r])
        }
        let overall = Double(churned[0] + churned[1]) / Double(max(1, n[0] + n[1]))
        self.init(flaggedRate: n[1] > 0 ? Double(churned[1]) / Double(n[1]) : overall,
                  unflaggedRate: n[0] > 0 ? Double(churned[0]) / Double(n[0]) : overall)
    }

    /// Whether the rule flags row `row`.
    public static func flags(_ table: FeatureTable, row r: Int) -> Bool {
        flags(table, row: r, activityRecency: activityRecencyColumn(table))
    }

    /// `flags` with the column of `activity_days_since_last` looked up (`nil` in the social layout).
    static func flags(_ table: FeatureTable, row r: Int, activityRecency: Int?) -> Bool {
        let hasNPS = table.value(row: r, .hasNoNPS) < 0.5
        let detractor = hasNPS && table.value(row: r, .npsLastScore) <= 6
        if let column = activityRecency { return detractor || table.value(row: r, feature: column) >= 30 }
        let quiet = [BuiltInFeature.likes30, .shares30, .comments30, .dms30].allSatisfy { table.value(row: r, $0) == 0 }
        return detractor || quiet
    }

    /// The column of days since the last activity in a table of other activity channels.
    static func activityRecencyColumn(_ table: FeatureTable) -> Int? {
        guard let channels = table.activityChannels else { return nil }
        let features = ActivityFeatures(channels: channels)
        return table.featureIndex(named: features.name(.init(kind: .daysSinceLast, channel: nil)))
    }

    /// The rule's probability for every row of `table`.
    public func probabilities(_ table: FeatureTable) -> [Double] {
        let quiet = Self.activityRecencyColumn(table)
        return (0..<table.rowCount).map {
            RuleBaseline.flags(table, row: $0, activityRecency: quiet) ? flaggedRate : unflaggedRate
        }
    }
}
