#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Warnings on standard error, each printed once however many times it is raised (SPEC section 4): a job's
/// warnings, deprecated option names.
enum Warnings {
    nonisolated(unsafe) private static var printed: Set<String> = []

    static func print(_ message: String) {
        guard printed.insert(message).inserted else { return }
        printError("churncast: warning: \(message)")
    }

    /// For `--force`, which outputs no longer need.
    static let forceNotNeeded = "--force is no longer needed: outputs are always replaced (atomically)"

    /// Says that `old` is an old name of `new`, which scripts should use instead.
    static func deprecated(_ old: String, use new: String) {
        print("\(old) is deprecated; use \(new)")
    }
}
