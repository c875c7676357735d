import Support

/// Everything that can go wrong generating a base or loading its ground truth.
public enum SyntheticError: UserFacingError, Equatable {
    /// A configuration value is out of range (exit 64).
    case invalidConfig(field: String, expected: String, found: String)
    /// ground_truth.json is missing (exit 66).
    case groundTruthMissing(path: String)
    /// ground_truth.json cannot be decoded (exit 65).
    case groundTruthUnreadable(path: String, reason: String)
    /// ground_truth.json was written by a different version of the generator, whose paths this one cannot replay.
    case groundTruthVersion(path: String, expected: Int, found: Int)

    /// `.invalidConfig` for `field`, with `found` as it prints.
    static func invalid(_ field: String, _ expected: String, _ found: Any) -> SyntheticError {
        .invalidConfig(field: field, expected: expected, found: "\(found)")
    }

    public var exitCode: ExitStatus {
        switch self {
        case .invalidConfig: return .usage
        case .groundTruthMissing: return .noInput
        case .groundTruthUnreadable, .groundTruthVersion: return .dataError
        }
    }

    public var description: String {
        switch self {
        case let .invalidConfig(field, expected, found):
            return "\(field): expected \(expected), found \(found)"
        case let .groundTruthMissing(path):
            return "\(path): no such file (the ground truth is written by `churncast generate`)"
        case let .groundTruthUnreadable(path, reason):
            return "\(path): not a ChurnCast ground truth: \(reason)"
        case let .groundTruthVersion(path, expected, found):
            return "\(path): generator version \(found), but this build replays version \(expected); "
                + "regenerate the data with this build"
        }
    }
}
