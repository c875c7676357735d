import Features
import Foundation
import Ingest
import Support
#if canImport(Glibc)
import Glibc
#endif

// Snapshot-feature benchmark: 8 quarterly snapshots (2023-03-31 ... 2024-12-31) of a generated base of
// 1,000,000 customers with about two years of history (SPEC section 2, issue 3).
//
//   FeaturesBenchmark memory [customers] [rows per customer] [threads]
//       builds from rows held in memory, engagement in customer order and then shuffled
//   FeaturesBenchmark write DIR [customers] [rows per customer]
//       writes the base as customers.csv, nps_responses.csv, engagement.csv (by date) into DIR
//   FeaturesBenchmark files DIR [threads]
//       all told: reads and validates the exports in DIR (Ingest's ExportLoader) and builds the snapshots
//
// Peak memory is the kernel's high-water mark of resident memory (VmHWM), reset before each measured step.

let args = Array(CommandLine.arguments.dropFirst())
let mode = args.first ?? "memory"
func intArg(_ i: Int, _ fallback: Int) -> Int { args.count > i ? Int(args[i])! : fallback }

/// Peak resident set size (VmHWM) in MB since the last `resetPeak()`.
func peakMB() -> Double { PhaseTimer.peakResidentKilobytes().map { Double($0) / 1024 } ?? .nan }

/// Resets the kernel's peak-RSS mark to the current RSS (Linux: write 5 to /proc/self/clear_refs).
func resetPeak() {
    if let f = fopen("/proc/self/clear_refs", "w") { fputs("5", f); fclose(f) }
}

func fileMB(_ path: String) -> Double {
    var st = stat()
    return stat(path, &st) == 0 ? Double(st.st_size) / 1e6 : .nan
}

func format(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }

let quarterEnds = try SnapshotSchedule.dates(from: Day(year: 2023, month: 1, day: 1)!,
                                             to: Day(year: 2024, month: 12, day: 31)!, every: .quarter)

func generate(_ customers: Int, _ perCustomer: Int) -> BenchmarkBase {
    let t0 = PhaseTimer.now()
    let base = BenchmarkBase(customers: customers, engagementPerCustomer: perCustomer, seed: 2024)
    print("generated \(customers) customers, \(base.engagement.count) engagement rows, \(base.nps.count) NPS "
          + "responses in \(format(PhaseTimer.now() - t0, 1)) s")
    return base
}

switch mode {
case "memory":
    var base = generate(intArg(1, 1_000_000), intArg(2, 30))
    let config = SnapshotConfig(asOf: quarterEnds, threads: intArg(3, 2))
    func run(_ label: String) throws {
        resetPeak()
        let before = peakMB()
        let start = PhaseTimer.now(), cpu = PhaseTimer.processorTime()
        let table = try SnapshotBuilder(config).build(customers: base.customers, nps: base.nps,
                                                      engagement: InMemoryEngagement(base.engagement))
        print("\(label): \(table.rowCount) rows × \(table.featureCount) features in \(format(PhaseTimer.now() - start)) s "
              + "(CPU \(format(PhaseTimer.processorTime() - cpu)) s); peak RSS \(format(peakMB(), 0)) MB (of which inputs held in memory: \(format(before, 0)) MB)")
    }
    try run("engagement in customer order")
    var g = SplitMix64(seed: 7)
    for i in stride(from: base.engagement.count - 1, to: 0, by: -1) {
        base.engagement.swapAt(i, Int(g.below(UInt64(i + 1))))
    }
    try run("engagement shuffled         ")
case "write":
    guard args.count > 1 else { fatalError("usage: FeaturesBenchmark write DIR [customers] [rows per customer]") }
    let base = generate(intArg(2, 1_000_000), intArg(3, 30))
    let t0 = PhaseTimer.now()
    try base.writeExports(to: args[1])
    print("wrote \(args[1])/{customers,nps_responses,engagement}.csv in \(format(PhaseTimer.now() - t0, 1)) s")
case "files":
    guard args.count > 1 else { fatalError("usage: FeaturesBenchmark files DIR [threads]") }
    let paths = ExportPaths(dataDirectory: args[1])
    let config = SnapshotConfig(asOf: quarterEnds, threads: intArg(2, 2))
    resetPeak()
    let start = PhaseTimer.now(), cpu = PhaseTimer.processorTime()
    let exports = try ExportLoader().load(paths)
    let loaded = PhaseTimer.now(), loadedCPU = PhaseTimer.processorTime()
    let table = try SnapshotBuilder(config).build(customers: exports.customers, nps: exports.nps,
                                                  engagement: exports.engagement)
    let end = PhaseTimer.now(), endCPU = PhaseTimer.processorTime()
    print("customers.csv \(format(fileMB(paths.customers), 0)) MB + nps_responses.csv \(format(fileMB(paths.nps), 0)) MB "
          + "read and validated in \(format(loaded - start)) s (CPU \(format(loadedCPU - cpu)) s)")
    let engagementMB = fileMB(paths.engagement)
    print("engagement.csv \(format(engagementMB, 0)) MB streamed + 8 snapshots built in \(format(end - loaded)) s "
          + "(CPU \(format(endCPU - loadedCPU)) s; \(format(engagementMB / (end - loaded), 0)) MB/s of engagement)")
    print("all told: \(table.rowCount) rows × \(table.featureCount) features in \(format(end - start)) s "
          + "(CPU \(format(endCPU - cpu)) s); peak RSS \(format(peakMB(), 0)) MB")
    for file in exports.accounting { print("  \(file)") }
default:
    fatalError("unknown mode \(mode): memory | write | files")
}
