/// Errors opening, reading or writing files.
public enum FileError: UserFacingError, Equatable {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case cannotCreate(path: String, reason: String)
    case exists(path: String, hint: String)
    case writeFailed(path: String, reason: String)

    public var exitCode: ExitStatus {
        switch self {
        case .missing, .unreadable: return .noInput
        case .cannotCreate, .exists: return .cannotCreate
        case .writeFailed: return .ioError
        }
    }

    public var description: String {
        switch self {
        case .missing(let p): return "\(p): no such file"
        case .unreadable(let p, let r): return "\(p): cannot read: \(r)"
        case .cannotCreate(let p, let r): return "\(p): cannot create: \(r)"
        case .exists(let p, let h): return "\(p): already exists (\(h))"
        case .writeFailed(let p, let r): return "\(p): write failed: \(r)"
        }
    }
}
