import ChurnCast
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// Times SnapshotBuilder on 8 quarterly snapshots (2023-03-31 ... 2024-12-31) of a generated base held in memory,
// with engagement rows in customer order and shuffled, and reports the peak resident memory of the build.
// Usage: swift run -c release FeaturesBenchmark [customers] [engagement rows per customer] [threads]

let args = CommandLine.arguments
let customerCount = args.count > 1 ? Int(args[1])! : 1_000_000
let perCustomer = args.count > 2 ? Int(args[2])! : 30
let threads = args.count > 3 ? Int(args[3])! : 2

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// Peak resident set size (VmHWM) in MB since the last `resetPeak()`.
func peakMB() -> Double {
    guard let f = fopen("/proc/self/status", "r") else { return .nan }
    defer { fclose(f) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, 256, f) != nil {
        let s = String(cString: line)
        if s.hasPrefix("VmHWM:") { return Double(s.split(separator: " ")[1])! / 1024 }
    }
    return .nan
}

/// Resets the kernel's peak-RSS mark to the current RSS (Linux: write 5 to /proc/self/clear_refs).
func resetPeak() {
    if let f = fopen("/proc/self/clear_refs", "w") { fputs("5", f); fclose(f) }
}

var t0 = now()
var base = BenchmarkBase(customers: customerCount, engagementPerCustomer: perCustomer, seed: 2024)
print("generated \(customerCount) customers, \(base.engagement.count) engagement rows, \(base.nps.count) NPS responses "
      + "in \(String(format: "%.1f", now() - t0)) s")

let dates = try SnapshotSchedule.dates(from: Day(year: 2023, month: 1, day: 1)!, to: Day(year: 2024, month: 12, day: 31)!,
                                       every: .quarter)
let config = SnapshotConfig(asOf: dates, threads: threads)

func run(_ label: String) throws {
    resetPeak()
    let before = peakMB()
    let start = now()
    let table = try SnapshotBuilder(config).build(customers: base.customers, nps: base.nps,
                                                  engagement: InMemoryEngagement(base.engagement))
    let seconds = now() - start
    print("\(label): \(table.rowCount) rows × \(table.featureCount) features in \(String(format: "%.2f", seconds)) s; "
          + "peak RSS \(String(format: "%.0f", peakMB())) MB (inputs in memory before the build: "
          + "\(String(format: "%.0f", before)) MB)")
}

try run("engagement in customer order")
var g = SplitMix64(seed: 7)
for i in stride(from: base.engagement.count - 1, to: 0, by: -1) { base.engagement.swapAt(i, Int(g.below(UInt64(i + 1)))) }
try run("engagement shuffled        ")
