import Dispatch
import Foundation
import Ingest
import Support

/// Writes a synthetic customer base — customers.csv, nps_responses.csv, engagement.csv — and its planted truth,
/// ground_truth.json, into a folder. The same configuration gives byte-identical files on any thread count.
///
/// Customers are simulated in chunks of `chunkSize` on `threads` threads; chunks are written in order through
/// `AtomicFile`, so a failed run leaves no partial export behind.
/// - Complexity: O(customers × days of history), about 35 engagement rows per customer with the standard model.
public struct SyntheticGenerator: Sendable {
    public let config: SyntheticConfig
    /// Customers per chunk (the unit of work handed to a thread); smaller in tests to exercise many chunks.
    var chunkSize = 4096

    /// Validates `config` (throws `SyntheticError.invalidConfig`).
    public init(_ config: SyntheticConfig) throws {
        try config.validate()
        self.config = config
    }

    /// The four files a generation writes.
    public static let files = [ExportLayout.customersFile, ExportLayout.npsFile, ExportLayout.engagementFile,
                               GroundTruth.fileName]

    /// Generates into `directory` (created if needed). Refuses to replace existing files unless `overwrite`.
    @discardableResult
    public func write(to directory: String, overwrite: Bool = false,
                      threads: Int = Parallelism.threads) throws -> GenerationSummary {
        precondition(threads >= 1, "threads must be at least 1")
        try Self.createDirectory(directory)
        let paths = SyntheticGenerator.files.map { directory + "/" + $0 }
        if !overwrite, let existing = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            throw FileError.exists(path: existing, hint: "pass --force to replace it")
        }
        let calendar = SyntheticCalendar(start: config.start, end: config.end)
        let plan = BadRowPlan(config: config)
        let layout = ExportLayout(messy: config.messy)
        var counters = SummaryCounters(quarters: calendar.quarters.count, plans: config.model.plans.count,
                                       regions: config.model.regions.count)
        var planted: [PlantedBadRow] = []
        try AtomicFile.write(to: paths[0], overwrite: overwrite) { customersSink in
            try AtomicFile.write(to: paths[1], overwrite: overwrite) { npsSink in
                try AtomicFile.write(to: paths[2], overwrite: overwrite) { engagementSink in
                    var streams = [OrderedStream(file: ExportLayout.customersFile, layout: layout),
                                   OrderedStream(file: ExportLayout.npsFile, layout: layout),
                                   OrderedStream(file: ExportLayout.engagementFile, layout: layout)]
                    try streams[0].begin(&customersSink)
                    try streams[1].begin(&npsSink)
                    try streams[2].begin(&engagementSink)
                    try generateChunks(calendar: calendar, plan: plan, threads: threads) { chunk in
                        for (row, before) in chunk.planted {
                            var r = row
                            let s = r.file == ExportLayout.npsFile ? 1 : 2
                            r.line = streams[s].newlines + before + 1
                            planted.append(r)
                        }
                        try streams[0].write(chunk.customers, to: &customersSink)
                        try streams[1].write(chunk.nps, to: &npsSink)
                        try streams[2].write(chunk.engagement, to: &engagementSink)
                        counters.add(chunk.counters)
                    }
                    try streams[0].finish(&customersSink)
                    try streams[1].finish(&npsSink)
                    try streams[2].finish(&engagementSink)
                }
            }
        }
        let summary = counters.summary(config: config, calendar: calendar, badRows: planted.count)
        let document = GroundTruthDocument(config: config, layout: layout, badRows: planted, summary: summary)
        try AtomicFile.write(try document.encoded(), to: paths[3], overwrite: overwrite)
        return summary
    }

    /// Runs the chunks in waves of `threads`, handing each wave's outputs to `consume` in customer order.
    func generateChunks(calendar: SyntheticCalendar, plan: BadRowPlan, threads: Int,
                        consume: (ChunkOutput) throws -> Void) throws {
        let template = CustomerSimulator(config: config, calendar: calendar, badRows: plan)
        try ChunkWaves.run(customers: config.customers, chunkSize: chunkSize, threads: threads, make: { range in
            var simulator = template
            return simulator.run(range)
        }, consume: consume)
    }

    /// Creates `directory` and its parents unless it exists; a file in its place is an error. Shared with `ShopGenerator`.
    static func createDirectory(_ directory: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            if !isDirectory.boolValue { throw FileError.cannotCreate(path: directory, reason: "it is a file, not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw FileError.cannotCreate(path: directory, reason: "\(error.localizedDescription)")
        }
    }
}

/// One export file being written chunk by chunk: the header first, then each chunk's bytes; in the messy layout
/// the last record's line ending is held back so that the file can end without one.
struct OrderedStream {
    let file: String
    let layout: ExportLayout
    /// Line breaks written so far (the next row starts on line `newlines + 1`).
    var newlines = 0
    var heldBack: [UInt8] = []

    init(file: String, layout: ExportLayout) {
        self.file = file
        self.layout = layout
    }

    mutating func begin(_ sink: inout FileSink) throws {
        var header = ExportBuffer(crlf: layout.messy)
        layout.header(file, into: &header)
        try write(header, to: &sink)
    }

    mutating func write(_ chunk: ExportBuffer, to sink: inout FileSink) throws {
        guard !chunk.bytes.isEmpty else { return }
        newlines += chunk.newlines
        if !layout.messy {
            try sink.write(chunk.bytes)
            return
        }
        if !heldBack.isEmpty { try sink.write(heldBack) }
        let ending = chunk.bytes.count >= 2 && chunk.bytes[chunk.bytes.count - 2] == 13 ? 2 : 1
        try sink.write(Array(chunk.bytes.dropLast(ending)))
        heldBack = Array(chunk.bytes.suffix(ending))
    }

    /// Ends the file: the messy layout drops the final line ending.
    mutating func finish(_ sink: inout FileSink) throws {
        heldBack = []
    }
}
