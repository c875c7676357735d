import Foundation
import Ingest
import Support

/// Writes a synthetic shop base — customers.csv (no churn_date), orders.csv, nps_responses.csv (unless the survey
/// share is 0) — and its planted truth, shop_truth.json and shop_truth.csv, into a folder. The same configuration
/// gives byte-identical files on any thread count.
///
/// Customers are simulated in chunks of `chunkSize` on `threads` threads; chunks are written in order through
/// `AtomicFile`, so a failed run leaves no partial export behind.
/// - Complexity: O(customers + orders); with the standard model about 19 order rows per customer.
public struct ShopGenerator: Sendable {
    public let config: ShopConfig
    /// Customers per chunk (the unit of work handed to a thread); smaller in tests to exercise many chunks.
    var chunkSize = 4096

    public static let ordersFile = ShopRowWriter.ordersFile
    public static let truthFile = "shop_truth.json"
    public static let truthTableFile = ShopRowWriter.truthTableFile

    /// Validates `config` (throws `SyntheticError.invalidConfig`).
    public init(_ config: ShopConfig) throws {
        try config.validate()
        self.config = config
    }

    /// The files a generation of `config` writes, exports first.
    public static func files(_ config: ShopConfig) -> [String] {
        [ExportLayout.customersFile, ordersFile] + (config.surveyShare > 0 ? [ExportLayout.npsFile] : [])
            + [truthTableFile, truthFile]
    }

    /// Validates `config` and generates into `directory`; see `write(to:overwrite:threads:)`.
    @discardableResult
    public static func write(_ config: ShopConfig, to directory: String, overwrite: Bool = false,
                             threads: Int = Parallelism.threads) throws -> ShopSummary {
        try ShopGenerator(config).write(to: directory, overwrite: overwrite, threads: threads)
    }

    /// Generates into `directory` (created if needed). Refuses to replace existing files unless `overwrite`.
    @discardableResult
    public func write(to directory: String, overwrite: Bool = false,
                      threads: Int = Parallelism.threads) throws -> ShopSummary {
        precondition(threads >= 1, "threads must be at least 1")
        try SyntheticGenerator.createDirectory(directory)
        let names = ShopGenerator.files(config)
        let paths = names.map { directory + "/" + $0 }
        if !overwrite, let existing = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            throw FileError.exists(path: existing, hint: "pass --force to replace it")
        }
        let template = ShopSimulator(config: config)
        var counters = ShopCounters(quarters: template.ends.count)
        let csv = Array(names.dropLast())
        try writeAll(csv.map { directory + "/" + $0 }, overwrite: overwrite) { sinks in
            for (i, name) in csv.enumerated() { try sinks[i].write(template.writer.header(name, ends: template.ends).bytes) }
            try generateChunks(template: template, threads: threads) { chunk in
                try sinks[0].write(chunk.customers.bytes)
                try sinks[1].write(chunk.orders.bytes)
                if config.surveyShare > 0 { try sinks[2].write(chunk.nps.bytes) }
                try sinks[sinks.count - 1].write(chunk.truth.bytes)
                counters.add(chunk.counters)
            }
        }
        let summary = counters.summary(config: config, ends: template.ends)
        let document = ShopTruthDocument(config: config, files: names, summary: summary)
        try AtomicFile.write(try document.encoded(), to: paths[paths.count - 1], overwrite: overwrite)
        return summary
    }

    /// Opens every path through `AtomicFile` (nested, so that all are committed or none) and hands the sinks on.
    func writeAll(_ paths: [String], overwrite: Bool, _ body: (inout [FileSink]) throws -> Void) throws {
        func open(_ i: Int, _ sinks: inout [FileSink]) throws {
            if i == paths.count { return try body(&sinks) }
            try AtomicFile.write(to: paths[i], overwrite: overwrite) { sink in
                sinks.append(sink)
                try open(i + 1, &sinks)
                sink = sinks.removeLast()
            }
        }
        var sinks: [FileSink] = []
        try open(0, &sinks)
    }

    /// Runs the chunks on `threads` threads, handing their outputs to `consume` in customer order.
    func generateChunks(template: ShopSimulator, threads: Int, consume: (ShopChunk) throws -> Void) throws {
        try ChunkWaves.run(customers: config.customers, chunkSize: chunkSize, threads: threads, make: { range in
            var simulator = template
            return simulator.run(range)
        }, consume: consume)
    }
}
