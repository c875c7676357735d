import Foundation
import Synthetic

/// Synthetic customer bases written by the project's generator (what `churncast generate` writes), with their
/// planted ground truth; made in `TemporaryDirectory.shared` and so removed when the test process exits.
public enum GeneratedBase {
    private static let lock = NSLock()

    /// The base `churncast generate --customers N --seed S` writes (2024-10-01…2026-09-30), made once per process
    /// for each size and seed.
    public static func folder(customers: Int, seed: UInt64 = 7) throws -> String {
        let dir = TemporaryDirectory.shared.file("base-\(customers)-\(seed)")
        lock.lock()
        defer { lock.unlock() }
        if FileManager.default.fileExists(atPath: dir + "/ground_truth.json") { return dir }
        try write(customers: customers, seed: seed, to: dir)
        return dir
    }

    /// Writes what `churncast generate --customers N --seed S --out dir` writes.
    public static func write(customers: Int, seed: UInt64, to dir: String) throws {
        try write(SyntheticConfig(customers: customers, seed: seed), to: dir)
    }

    /// Writes the base of `config` to `dir` (created if missing, replaced if present).
    public static func write(_ config: SyntheticConfig, to dir: String, threads: Int = 2) throws {
        _ = try SyntheticGenerator(config).write(to: dir, overwrite: true, threads: threads)
    }
}
