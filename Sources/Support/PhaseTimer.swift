#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock timing of a command's phases, printed to standard error when the environment variable
/// `CHURNCAST_TIMING` is set (to anything): how the benchmark finds where the time goes without a profiler.
///
/// ```
/// CHURNCAST_TIMING=1 churncast train ...   →   churncast: timing: train: churn fit 1.412 s (cpu 2.650 s)
/// ```
/// Off (the default) it costs one branch per phase; it never writes to standard output.
public enum PhaseTimer {
    /// Whether timings are printed (read once, from the environment).
    public static let enabled: Bool = getenv("CHURNCAST_TIMING") != nil

    /// Runs `body` and, when enabled, prints how long it took under `label`.
    public static func measure<T>(_ label: @autoclosure () -> String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let (start, cpuStart) = (now(), processorTime())
        let result = try body()
        report(label(), seconds: now() - start, processorSeconds: processorTime() - cpuStart)
        return result
    }

    /// Seconds on the monotonic clock.
    public static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    /// Seconds of processor time used by the whole process (all threads, user + system): on a busy machine this
    /// says more about a phase's cost than the wall clock.
    public static func processorTime() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    /// Prints one timing line to standard error: wall-clock seconds, then processor seconds.
    public static func report(_ label: String, seconds: Double, processorSeconds: Double) {
        fputs("churncast: timing: \(label) \(format(seconds)) s (cpu \(format(processorSeconds)) s)\n", stderr)
    }

    static func format(_ seconds: Double) -> String {
        let milliseconds = Int((max(0, seconds) * 1000).rounded())
        return "\(milliseconds / 1000).\(String(milliseconds % 1000).leftPadded(3))"
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
