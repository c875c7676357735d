/// What churn means (SPEC section 2): a cancellation date (`contract`), or no activity in the horizon after the
/// as-of date (`inactivity`, for businesses without cancellations, such as a shop).
public enum ChurnDefinition: String, Codable, Sendable, CaseIterable {
    /// Customers active at T (signup ≤ T, no churn by T); label: churn_date in (T, T+H].
    case contract
    /// Customers with any activity by T; label: no activity in (T, T+H].
    case inactivity

    /// The definition of a customer list: inactivity when it has no churn_date column, else `asked` or contract.
    public static func resolve(_ asked: ChurnDefinition?, hasChurnColumn: Bool) -> ChurnDefinition {
        asked ?? (hasChurnColumn ? .contract : .inactivity)
    }

    /// How the definition reads in a note, for horizon `h`.
    public func text(horizonDays h: Int) -> String {
        switch self {
        case .contract: return "contract (a churn_date in the \(h) days after the as-of date)"
        case .inactivity: return "inactivity (no activity in the \(h) days after the as-of date)"
        }
    }
}

/// An activity channel as a model records it: its name and whether it holds amounts (any value not a whole
/// number, e.g. revenue), which adds a monetary feature.
public struct ActivityChannel: Codable, Sendable, Equatable {
    public var name: String
    public var amount: Bool

    public init(name: String, amount: Bool) { self.name = name; self.amount = amount }
}

extension ChurnDefinition {
    /// The line every command says when the definition or the channels are not the default ones (a contract base
    /// with social engagement says nothing, so its output keeps its bytes); `nil` for those defaults.
    public static func note(_ definition: ChurnDefinition, channels: [ActivityChannel]?, horizonDays: Int) -> String? {
        guard definition != .contract || channels != nil else { return nil }
        let list = channels.map { $0.isEmpty ? "none (a row is a visit)" : $0.map(\.name).joined(separator: ", ") }
            ?? "likes, shares, comments, dms"
        return "churn definition: \(definition.text(horizonDays: horizonDays)); activity channels: \(list)"
    }
}

extension SnapshotConfig {
    /// This configuration as a model records it after training on `table`: the definition when it is not the
    /// default contract, the table's activity channels (with their amount flags) and its NPS priors.
    public func recording(_ table: FeatureTable) -> SnapshotConfig {
        var out = self
        if table.churnDefinition == .inactivity { out.churnDefinition = .inactivity }
        out.channels = table.activityChannels
        out.npsPriors = table.npsPriors
        return out
    }
}
