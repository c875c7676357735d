import Testing
import Foundation
import TestSupport

/// The same inputs and options give byte-identical outputs whatever the thread count (issue: determinism):
/// `features`, `train`, `score`, `forecast` and `evaluate` run with `CHURNCAST_THREADS=1` and `=2` on a generated
/// base large enough that every two-thread path runs: the engagement file is read in two halves from 4 MiB
/// (`EngagementFile.minimumParallelBytes` in Sources/Ingest/EngagementFile.swift; 5,500 customers write about
/// 4.75 MB), and the snapshot build and the logistic fit split their work (quarterly snapshots over a year: about
/// 13,000 training rows, above the fit's 2-partition threshold of about 4,900).
@Suite struct ThreadCountDeterminismTests {
    /// The smallest engagement file read on two threads (`EngagementFile.minimumParallelBytes`).
    static let parallelEngagementBytes = 4 << 20
    let temporary = TemporaryDirectory("cc-threads")
    static let epoch = "1790000000"  // SOURCE_DATE_EPOCH: the model file's creation time

    /// Every output of one run of the commands with `threads`, by name.
    static func outputs(data: String, out: String, threads: Int) throws -> [String: Data] {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let env = ["CHURNCAST_THREADS": "\(threads)", "SOURCE_DATE_EPOCH": epoch]
        let schedule = ["--from", "2025-03-31", "--to", "2025-12-31", "--every", "quarter"]
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
        let dir = temporary.path
        try GeneratedBase.write(customers: 5500, seed: 3, to: dir + "/data")
        let engagement = try FileManager.default.attributesOfItem(atPath: dir + "/data/engagement.csv")
        try #require((engagement[.size] as! NSNumber).intValue >= Self.parallelEngagementBytes,
                     "the base must be large enough for the two-thread engagement read")
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
