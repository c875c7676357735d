import Support

/// Everything that can go wrong compiling features or scores to SQL, with the message a user acts on.
public enum SQLCompileError: UserFacingError, Equatable {
    /// A `--tables` entry is not `customers=NAME`, `nps=NAME` or `engagement=NAME` with a plain table name.
    case badTables(part: String)
    /// The model file is not JSON of a ChurnCast model, or lacks a field the SQL needs.
    case badModel(path: String, reason: String)
    /// A model feature the SQL cannot compute (neither built in nor an attribute of the model's encoding).
    case unknownFeature(name: String)
    /// A model of activity channels other than the social ones, or of the inactivity churn definition: not
    /// compiled to SQL (yet).
    case activityModel(path: String, what: String)

    public var exitCode: ExitStatus {
        switch self {
        case .badTables: return .usage
        case .badModel, .unknownFeature, .activityModel: return .dataError
        }
    }

    public var description: String {
        switch self {
        case .badTables(let part):
            return "--tables: expected customers=NAME, nps=NAME or engagement=NAME (letters, digits, _ and .), "
                + "found \"\(part)\""
        case .badModel(let path, let reason):
            return "\(path): not a ChurnCast model file the SQL compiler can read: \(reason)"
        case .activityModel(let path, let what):
            return "\(path): the model was trained on \(what); churncast sql compiles models of the contract "
                + "definition on social engagement (likes, shares, comments, dms) only: score it with churncast score"
        case .unknownFeature(let name):
            return "model feature \"\(name)\" is neither built in nor an attribute of the model's encoding"
        }
    }
}
