/// The process exit codes ChurnCast uses (BSD sysexits, SPEC section 4).
public enum ExitStatus: Int32, Sendable, Codable {
    case success = 0
    /// EX_USAGE: the command line was wrong.
    case usage = 64
    /// EX_DATAERR: an input file has bad data.
    case dataError = 65
    /// EX_NOINPUT: an input file is missing or unreadable.
    case noInput = 66
    /// EX_SOFTWARE: an internal error (a bug).
    case software = 70
    /// EX_CANTCREAT: an output file cannot be created.
    case cannotCreate = 73
    /// EX_IOERR: reading or writing failed part way.
    case ioError = 74
}

/// An error a user can act on: a message that says what is wrong and where, and the exit code it maps to.
///
/// Each module has one error enum conforming to this; the CLI maps any of them to its exit code in one place.
public protocol UserFacingError: Error, CustomStringConvertible {
    var exitCode: ExitStatus { get }
}
