/// The three exports of SPEC section 1 and the canonical column names each must have.
public enum ExportKind: String, CaseIterable, Codable, Sendable {
    case customers
    case nps
    case engagement

    /// The file name looked for in a data folder.
    public var defaultFileName: String {
        switch self {
        case .customers: return "customers.csv"
        case .nps: return "nps_responses.csv"
        case .engagement: return "engagement.csv"
        }
    }

    /// Columns that must be present.
    public var requiredColumns: [String] {
        switch self {
        case .customers: return ["customer_id", "signup_date", "churn_date"]
        case .nps: return ["customer_id", "date", "score"]
        case .engagement: return ["customer_id", "date", "likes", "shares", "comments", "dms"]
        }
    }

    /// Columns that are read when present; any other column is ignored (customers: it is an attribute).
    public var optionalColumns: [String] {
        self == .nps ? ["comment"] : []
    }

    /// True when a mapping may name columns beyond the required and optional ones (customer attributes).
    /// (engagement: the other names are activity channels, renamed.)
    var acceptsOtherColumns: Bool { self != .nps }
}
