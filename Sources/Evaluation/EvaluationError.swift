import Support

/// Why a set of predictions cannot be evaluated; each case says what was expected and what was found.
public enum EvaluationError: UserFacingError, Equatable {
    /// There were no rows to evaluate.
    case empty(what: String)
    /// Only one outcome class is present, so ranking metrics (ROC-AUC, PR-AUC) are undefined.
    case singleClass(what: String, rows: Int, positives: Int)
    /// A predicted probability is NaN, infinite or outside [0, 1].
    case invalidProbability(what: String, row: Int, found: Double)
    /// A regression prediction or target is NaN or infinite.
    case nonFinite(what: String, row: Int, found: Double)
    /// A configuration value is out of range.
    case invalidConfiguration(field: String, expected: String, found: String)

    public var exitCode: ExitStatus {
        switch self {
        case .invalidConfiguration: return .usage
        case .empty, .singleClass, .invalidProbability, .nonFinite: return .dataError
        }
    }

    public var description: String {
        switch self {
        case .empty(let what):
            return "\(what): no rows to evaluate; expected at least one customer"
        case .singleClass(let what, let rows, let positives):
            let found = positives == 0 ? "none of the \(rows) customers churned" : "all \(rows) customers churned"
            return "\(what): ROC-AUC and PR-AUC need both churners and stayers; found \(found) "
                + "(choose another as-of date or a longer horizon)"
        case .invalidProbability(let what, let row, let found):
            return "\(what), row \(row + 1): expected a probability in [0, 1], found \(found)"
        case .nonFinite(let what, let row, let found):
            return "\(what), row \(row + 1): expected a finite number, found \(found)"
        case .invalidConfiguration(let field, let expected, let found):
            return "configuration \(field): expected \(expected), found \(found)"
        }
    }
}
