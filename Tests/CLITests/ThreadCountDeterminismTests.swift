import Testing
import Foundation

/// The same inputs and options give byte-identical outputs whatever the thread count (issue: determinism):
/// `features`, `train`, `score`, `forecast` and `evaluate` run with `CHURNCAST_THREADS=1` and `=2` on a generated
/// base large enough that both the snapshot build and the logistic fit split their work (monthly snapshots over a
/// year: about 17,000 training rows, above the fit's 2-partition threshold of about 4,900).
@Suite struct ThreadCountDeterminismTests {
    static let epoch = "1790000000"  // SOURCE_DATE_EPOCH: the model file's creation time

    /// Every output of one run of the commands with `threads`, by name.
    static func outputs(data: String, out: String, threads: Int) throws -> [String: Data] {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let env = ["CHURNCAST_THREADS": "\(threads)", "SOURCE_DATE_EPOCH": epoch]
        let schedule = ["--from", "2025-01-31", "--to", "2025-12-31", "--every", "month"]
        let model = out + "/model.json"
        let runs: [(String, [String])] = [
            ("features", ["features", "--data", data] + schedule + ["--out", out + "/features.csv"]),
            ("train", ["train", "--data", data] + schedule + ["--model", model]),
            ("score", ["score", "--model", model, "--data", data, "--as-of", "2026-06-30", "--out", out + "/scores.csv"]),
            ("forecast", ["forecast", "--model", model, "--data", data, "--as-of", "2026-06-30", "--by", "plan", "--json"]),
            ("evaluate", ["evaluate", "--model", model, "--data", data, "--as-of", "2026-06-30", "--json"]),
        ]
        var result: [String: Data] = [:]
        for (name, args) in runs {
            let r = try CLIRunner.run(args, environment: env, timeLimit: 300)
            try #require(r.status == 0, "\(name) with \(threads) threads: \(r.stderr)")
            result[name + " stdout"] = Data(r.stdout.replacingOccurrences(of: out, with: "OUT").utf8)
        }
        for file in ["features.csv", "model.json", "scores.csv"] {
            result[file] = try Data(contentsOf: URL(fileURLWithPath: out + "/" + file))
        }
        return result
    }

    @Test func outputsAreByteIdenticalWithOneAndTwoThreads() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cc-threads-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let made = try CLIRunner.run(["generate", "--customers", "2000", "--seed", "3", "--out", dir + "/data"],
                                     timeLimit: 300)
        try #require(made.status == 0, "\(made.stderr)")
        let one = try Self.outputs(data: dir + "/data", out: dir + "/t1", threads: 1)
        let two = try Self.outputs(data: dir + "/data", out: dir + "/t2", threads: 2)
        #expect(one.keys.sorted() == two.keys.sorted())
        for (name, bytes) in one {
            #expect(bytes.count > 100, "\(name) is nearly empty")
            #expect(bytes == two[name], "\(name) differs between 1 and 2 threads")
        }
        // The training rows really were split in two partitions (see the suite's note).
        let features = String(decoding: one["features.csv"]!, as: UTF8.self)
        #expect(features.split(separator: "\n").count > 4 * 1213 + 1)
    }

    @Test func invalidThreadCountIsAUsageError() throws {
        for text in ["0", "65", "two"] {
            let r = try CLIRunner.run(["features", "--describe"], environment: ["CHURNCAST_THREADS": text], timeLimit: 60)
            #expect(r.status == 64)
            #expect(r.stderr.contains("CHURNCAST_THREADS: expected a whole number of threads from 1 to 64, found \"\(text)\""))
        }
    }
}
