/// The length of the periods NPS is tallied by (`churncast nps --every quarter|month`): calendar quarters
/// (January–March, April–June, July–September, October–December) or calendar months.
public enum NPSPeriodLength: String, Codable, Sendable, CaseIterable {
    case quarter, month

    /// Calendar months in one period.
    public var months: Int { self == .quarter ? 3 : 1 }
}
