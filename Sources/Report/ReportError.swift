import Support

/// Errors making a report: content that cannot be drawn honestly, or a content file that cannot be read.
public enum ReportError: UserFacingError, Equatable {
    /// A value in the content is out of range, e.g. a ROC point outside 0–1 or an interval with low > high.
    case invalidContent(field: String, expected: String, found: String)
    /// A content JSON file could not be decoded.
    case unreadableContent(path: String, reason: String)

    public var exitCode: ExitStatus {
        switch self {
        case .invalidContent: return .dataError
        case .unreadableContent: return .dataError
        }
    }

    public var description: String {
        switch self {
        case .invalidContent(let field, let expected, let found):
            return "report content: \(field): expected \(expected), found \(found)"
        case .unreadableContent(let path, let reason):
            return "\(path): not a report content file: \(reason)"
        }
    }
}
