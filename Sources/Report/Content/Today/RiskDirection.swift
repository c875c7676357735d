extension ReportContent {
    /// Which way a group of features moves churn risk.
    public enum RiskDirection: String, Codable, Equatable, Sendable {
        /// Higher values raise the risk.
        case raises
        /// Higher values lower the risk.
        case lowers
        /// Some features of the family raise it, others lower it.
        case mixed
    }
}
