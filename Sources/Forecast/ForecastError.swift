import Support

/// Why a forecast cannot be made; each case says what was expected and what was found.
public enum ForecastError: UserFacingError, Equatable {
    /// Nothing to learn a rate or a level from.
    case noHistory(what: String)
    /// No customer is expected to answer the survey in the period.
    case noExpectedRespondents(asOf: String)
    /// A configuration value is out of range.
    case invalidConfiguration(field: String, expected: String, found: String)

    public var exitCode: ExitStatus {
        switch self {
        case .invalidConfiguration: return .usage
        case .noHistory, .noExpectedRespondents: return .dataError
        }
    }

    public var description: String {
        switch self {
        case .noHistory(let what):
            return "no \(what) in the history; expected at least one period with data"
        case .noExpectedRespondents(let asOf):
            return "forecast at \(asOf): expected at least one active customer likely to answer the survey, found none"
        case .invalidConfiguration(let field, let expected, let found):
            return "configuration \(field): expected \(expected), found \(found)"
        }
    }
}
