import Foundation
@testable import ChurnCast
import Synthetic
import Ingest

/// Small synthetic bases made once per test process with the project's generator (planted ground truth).
enum SyntheticBase {
    /// A base of `customers` customers over 2024-10-01…2026-09-30, written to a temporary folder (cached by size and seed).
    static func folder(customers: Int, seed: UInt64 = 7) throws -> String {
        let dir = NSTemporaryDirectory() + "churncast-base-\(customers)-\(seed)-\(ProcessInfo.processInfo.processIdentifier)"
        lock.lock()
        defer { lock.unlock() }
        if FileManager.default.fileExists(atPath: dir + "/ground_truth.json") { return dir }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        _ = try SyntheticGenerator(SyntheticConfig(customers: customers, seed: seed)).write(to: dir, overwrite: true)
        return dir
    }

    static let lock = NSLock()

    static func load(_ dir: String) throws -> LoadedExports {
        try ExportLoader().load(ExportPaths(dataDirectory: dir))
    }

    static func day(_ s: String) -> Day { Day.parse(s)! }

    /// Quarter ends 2024-12-31 … 2026-03-31: six training snapshots whose outcomes the data covers.
    static let trainingDates = ["2024-12-31", "2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31"].map(day)
}
