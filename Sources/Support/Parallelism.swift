#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// How many threads ChurnCast's parallel passes use (snapshot building, the logistic fit's passes over the data,
/// standardising, explaining, backtesting, formatting CSV):
/// the environment variable `CHURNCAST_THREADS` (1–64), else 2. Only speed depends on it, never a result: the
/// outputs are byte-identical whatever the thread count (tested end to end with 1 and 2; `forEach`, `forEachRange`
/// and `CSVBlockWriter` with 1 and 3). The command line keeps
/// OpenBLAS itself on one thread, whose threaded kernels would otherwise make the last digits of the standard
/// errors depend on the machine's core count.
public enum Parallelism {
    public static let environmentVariable = "CHURNCAST_THREADS"
    public static let defaultThreads = 2
    public static let allowed = 1...64

    /// The thread count `text` asks for: `defaultThreads` when `nil`, `nil` when it is not a whole number in
    /// `allowed`.
    public static func threads(from text: String?) -> Int? {
        guard let text else { return defaultThreads }
        guard let n = Int(text.trimmingSpaces), allowed.contains(n) else { return nil }
        return n
    }

    /// The environment's text for `CHURNCAST_THREADS`, if set.
    public static var environmentText: String? { getenv(environmentVariable).map { String(cString: $0) } }

    /// The thread count of this process. An invalid `CHURNCAST_THREADS` counts as unset here; the command line
    /// refuses it (exit 64) before any work.
    public static let threads: Int = threads(from: environmentText) ?? defaultThreads

    /// Runs `body(i)` for every `i` in `0..<count` on `min(threads, count)` threads, thread t taking
    /// i = t, t + threads, …; returns when all are done. For independent iterations (each writes only its own
    /// output), so the result is the same for any thread count.
    public static func forEach(_ count: Int, threads: Int = threads, _ body: (Int) -> Void) {
        let parts = min(max(1, threads), max(1, count))
        if parts == 1 { for i in 0..<count { body(i) }; return }
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            for i in stride(from: part, to: count, by: parts) { body(i) }
        }
    }

    /// Runs `body` on `min(threads, count)` contiguous, nearly equal ranges that cover `0..<count` (at least one,
    /// possibly empty, range), in parallel. For independent iterations, as `forEach`.
    public static func forEachRange(_ count: Int, threads: Int = threads, _ body: (Range<Int>) -> Void) {
        let parts = min(max(1, threads), max(1, count))
        if parts == 1 { body(0..<count); return }
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            body((part * count / parts)..<((part + 1) * count / parts))
        }
    }

    /// What a user is told when `CHURNCAST_THREADS` is invalid.
    public static func invalidMessage(_ text: String) -> String {
        "\(environmentVariable): expected a whole number of threads from \(allowed.lowerBound) to "
            + "\(allowed.upperBound), found \"\(text)\""
    }
}

private extension String {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }
}
