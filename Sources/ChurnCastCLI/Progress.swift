#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A one-line progress indicator on standard error for long work, shown only when standard error is a terminal
/// (so logs and pipes stay clean): each stage replaces the previous one, with the time since the command started.
struct Progress {
    let enabled: Bool
    let start = Date()

    init() { enabled = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil }

    /// Shows `stage` ("reading the exports", …).
    func stage(_ stage: String) {
        guard enabled else { return }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
        fputs("\r\u{1B}[2Kchurncast: \(stage)… (\(seconds) s)", stderr)
    }

    /// Clears the line before the command prints its results.
    func done() {
        guard enabled else { return }
        fputs("\r\u{1B}[2K", stderr)
    }
}
