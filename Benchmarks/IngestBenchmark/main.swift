import Foundation
import Ingest
import Support
#if canImport(Glibc)
import Glibc
#endif

// Ingest benchmark (issue 3): read the three exports of a data folder with `ExportLoader` and stream
// engagement.csv, warm cache, and report MB/s per file and peak memory.
//
//   IngestBenchmark DIR [repeats]
//
// DIR holds customers.csv, nps_responses.csv, engagement.csv (e.g. from `FeaturesBenchmark write DIR`).
// Per-file times: customers alone (NPS and engagement replaced by header-only files), then customers + NPS
// (the NPS time is the difference), then one `engagement.forEachRow` pass folding every row into a checksum,
// on one thread and on two (the second half of the file parsed by a helper thread).
// "CSV only" is a bare `CSVReader` pass over engagement.csv that touches each record's first field, for scale.
// Each step runs `repeats` times (default 3); the best time is reported. Peak memory is VmHWM.

let args = Array(CommandLine.arguments.dropFirst())
guard let dir = args.first else { fatalError("usage: IngestBenchmark DIR [repeats]") }
let repeats = args.count > 1 ? Int(args[1])! : 3

/// CPU time of the calling thread only, in seconds.
func threadCPUTime() -> Double {
    var u = rusage()
    getrusage(__rusage_who_t(1), &u)  // RUSAGE_THREAD
    return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6
}

/// Peak resident set size (VmHWM) in MB.
func peakMB() -> Double { PhaseTimer.peakResidentKilobytes().map { Double($0) / 1024 } ?? .nan }

func fileMB(_ path: String) -> Double {
    var st = stat()
    return stat(path, &st) == 0 ? Double(st.st_size) / 1e6 : .nan
}

func format(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }

/// The best of `repeats` runs of `body`: wall-clock and CPU seconds (the machine is shared, so CPU time is the
/// steadier figure for single-threaded steps).
func best(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    var t = (wall: Double.infinity, cpu: Double.infinity)
    for _ in 0..<repeats {
        let start = PhaseTimer.now(), cpu = PhaseTimer.processorTime()
        try body()
        t = (min(t.wall, PhaseTimer.now() - start), min(t.cpu, PhaseTimer.processorTime() - cpu))
    }
    return t
}

let real = ExportPaths(dataDirectory: dir)
let scratch = NSTemporaryDirectory() + "ingest-benchmark-headers"
try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
try AtomicFile.write("customer_id,date,score,comment\n", to: scratch + "/nps_responses.csv")
try AtomicFile.write("customer_id,date,likes,shares,comments,dms\n", to: scratch + "/engagement.csv")

let customersOnly = ExportPaths(customers: real.customers, nps: scratch + "/nps_responses.csv",
                                engagement: scratch + "/engagement.csv")
let withNPS = ExportPaths(customers: real.customers, nps: real.nps, engagement: scratch + "/engagement.csv")

var exports: LoadedExports?
let tCustomers = try best { exports = try ExportLoader().load(customersOnly) }
let tBoth = try best { exports = try ExportLoader().load(withNPS) }
let tNPS = (wall: tBoth.wall - tCustomers.wall, cpu: tBoth.cpu - tCustomers.cpu)
exports = try ExportLoader().load(real)
let loaded = exports!
print("customers: \(loaded.customers.count), NPS responses: \(loaded.nps.count)")

var checksum = 0
var rows = 0
var mainThreadCPU = 0.0
func engagementPass(threads: Int) throws -> (wall: Double, cpu: Double) {
    let exports = try ExportLoader(threads: threads).load(real)
    return try best {
        let t0 = threadCPUTime()
        defer { mainThreadCPU = threadCPUTime() - t0 }
        var sum = 0, n = 0
        try exports.engagement.forEachRow { r in
            sum &+= Int(r.customer) &+ Int(r.day.index) &+ Int(r.likes) &+ Int(r.shares) &+ Int(r.comments)
                &+ Int(r.dms)
            n += 1
        }
        checksum = sum
        rows = n
    }
}
let tEngagement = try engagementPass(threads: 1)
let tEngagement2 = try engagementPass(threads: 2)
let tCSV = try best {
    let reader = try CSVReader(path: real.engagement)
    var n = 0
    while let r = try reader.next() { n &+= r.bytes(0).count &+ r.count }
    checksum &+= n
}

let mbC = fileMB(real.customers), mbN = fileMB(real.nps), mbE = fileMB(real.engagement)
func line(_ name: String, _ mb: Double, _ t: (wall: Double, cpu: Double), _ extra: String = "") {
    print(name.padding(toLength: 16, withPad: " ", startingAt: 0) + format(mb, 1).leftPad(8)
          + format(t.wall, 3).leftPad(9) + format(mb / t.wall, 0).leftPad(8)
          + format(t.cpu, 3).leftPad(9) + format(mb / t.cpu, 0).leftPad(8) + extra)
}
print("file                  MB   wall s  wall MB/s  cpu s  cpu MB/s")
line("customers.csv", mbC, tCustomers)
line("nps_responses.csv", mbN, tNPS)
line("engagement.csv", mbE, tEngagement,
     "  (\(rows) rows, \(format(Double(rows) / tEngagement.cpu / 1e6, 1)) M rows per cpu s)")
line("  2 threads", mbE, tEngagement2, "  (cpu: both threads; calling thread \(format(mainThreadCPU, 3)) s)")
line("  CSV only", mbE, tCSV)
print("peak RSS \(format(peakMB(), 0)) MB (checksum \(checksum))")

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
