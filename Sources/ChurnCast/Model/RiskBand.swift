/// A customer's churn risk band (`RiskBands` cuts them); encoded and printed as its lowercase name.
public enum RiskBand: String, Codable, CaseIterable, Sendable {
    /// The riskiest 10% of training rows, then the next 20%, then the rest; `allCases` is in this order.
    case high, medium, low
}
