import Features

/// The simple rule a team might use without a model: a customer is at risk when their last NPS score was 6 or
/// less (a detractor) or they have not engaged in the last 30 days. Its probabilities are the churn rates of the
/// flagged and unflagged groups in training.
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
        for r in 0..<table.rowCount {
            let g = RuleBaseline.flags(table, row: r) ? 1 : 0
            n[g] += 1
            churned[g] += Int(table.churned[r])
        }
        let overall = Double(churned[0] + churned[1]) / Double(max(1, n[0] + n[1]))
        self.init(flaggedRate: n[1] > 0 ? Double(churned[1]) / Double(n[1]) : overall,
                  unflaggedRate: n[0] > 0 ? Double(churned[0]) / Double(n[0]) : overall)
    }

    /// Whether the rule flags row `row`.
    public static func flags(_ table: FeatureTable, row r: Int) -> Bool {
        let hasNPS = table.value(row: r, .hasNoNPS) < 0.5
        let detractor = hasNPS && table.value(row: r, .npsLastScore) <= 6
        let quiet = [BuiltInFeature.likes30, .shares30, .comments30, .dms30].allSatisfy { table.value(row: r, $0) == 0 }
        return detractor || quiet
    }

    /// The rule's probability for every row of `table`.
    public func probabilities(_ table: FeatureTable) -> [Double] {
        (0..<table.rowCount).map { RuleBaseline.flags(table, row: $0) ? flaggedRate : unflaggedRate }
    }
}
