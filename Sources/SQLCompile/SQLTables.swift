/// The names of the three tables the SQL reads, with the exports' columns (SPEC section 1): customers
/// (`customer_id`, `signup_date`, `churn_date`, attributes), NPS responses (`customer_id`, `date`, `score`) and
/// engagement (`customer_id`, `date`, `likes`, `shares`, `comments`, `dms`). Names are written into the SQL as
/// given, so they may be schema-qualified (`crm.customers`).
public struct SQLTables: Equatable, Sendable {
    public var customers: String
    public var nps: String
    public var engagement: String

    public init(customers: String = "customers", nps: String = "nps_responses", engagement: String = "engagement") {
        self.customers = customers
        self.nps = nps
        self.engagement = engagement
    }

    /// Parses `customers=crm.people,nps=survey.answers,engagement=events` (any subset, defaults for the rest).
    /// Throws `SQLCompileError.badTables` for an unknown key, an empty name or a name that is not a plain
    /// (optionally dotted) identifier.
    public init(parsing text: String) throws {
        self.init()
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            guard pair.count == 2, Self.isTableName(pair[1]) else {
                throw SQLCompileError.badTables(part: String(part))
            }
            switch pair[0] {
            case "customers": customers = pair[1]
            case "nps": nps = pair[1]
            case "engagement": engagement = pair[1]
            default: throw SQLCompileError.badTables(part: String(part))
            }
        }
    }

    /// Letters, digits, `_` and `.`, not starting with a digit: no way to inject SQL through a table name.
    static func isTableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0 == "." || $0.properties.isAlphabetic
            || ("0"..."9").contains($0) }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
