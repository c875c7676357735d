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

    /// Prints one timing line to standard error: wall-clock seconds, processor seconds, and the process's peak
    /// resident memory so far (where the operating system reports it), so a benchmark sees which phase sets it.
    public static func report(_ label: String, seconds: Double, processorSeconds: Double) {
        let peak = peakResidentMegabytes().map { ", peak \($0) MB" } ?? ""
        fputs("churncast: timing: \(label) \(format(seconds)) s (cpu \(format(processorSeconds)) s\(peak))\n", stderr)
    }

    /// The process's peak resident set size in MB, or nil where the operating system does not report it.
    public static func peakResidentMegabytes() -> Int? { peakResidentKilobytes().map { $0 / 1024 } }

    /// The process's peak resident set size in kB (`VmHWM` of /proc/self/status), or nil where there is none.
    public static func peakResidentKilobytes() -> Int? {
        guard let file = fopen("/proc/self/status", "r") else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(cString: line)
            guard text.hasPrefix("VmHWM:") else { continue }
            return text.dropFirst(6).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) }
        }
        return nil
    }

    static func format(_ seconds: Double) -> String {
        let milliseconds = Int((max(0, seconds) * 1000).rounded())
        return "\(milliseconds / 1000).\(String(milliseconds % 1000).leftPad(3, with: "0"))"
    }
}
