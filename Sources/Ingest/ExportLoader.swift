import Support

/// Where the three exports are.
public struct ExportPaths: Equatable, Sendable {
    public var customers: String
    public var nps: String
    public var engagement: String

    public init(customers: String, nps: String, engagement: String) {
        self.customers = customers; self.nps = nps; self.engagement = engagement
    }

    /// customers.csv, nps_responses.csv and engagement.csv in `directory` (`--data DIR`).
    public init(dataDirectory directory: String) {
        let dir = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.init(customers: dir + "/" + ExportKind.customers.defaultFileName,
                  nps: dir + "/" + ExportKind.nps.defaultFileName,
                  engagement: dir + "/" + ExportKind.engagement.defaultFileName)
    }
}

/// The three exports after validation. `engagement` is streamed when the consumer asks for its rows.
public struct LoadedExports {
    public var customers: CustomerTable
    public var nps: [NPSResponse]
    public var engagement: EngagementFile
    /// customer_id → index into `customers.ids`, from bytes.
    public var customerIndex: CustomerIndex
    public let customersAccounting: FileAccounting
    public let npsAccounting: FileAccounting
    /// Whether nps_responses.csv was read alongside customers.csv (`NPSPrereader`) rather than after it (for tests).
    var npsReadAlongside = false

    /// Rows read / used / rejected per file: customers and NPS at once, engagement after the first complete
    /// `engagement.forEachRow` (see `EngagementFile`), when the rejects file has also been written.
    public var accounting: [FileAccounting] {
        [customersAccounting, npsAccounting] + (engagement.accounting.map { [$0] } ?? [])
    }

    /// True once every file's accounting is known.
    public var isAccountingComplete: Bool { engagement.accounting != nil }

    /// Streams engagement.csv if no pass has completed yet (validating it, listing its bad rows and writing the
    /// rejects file), then returns the accounting of all three files. For commands that only check the exports.
    public func completeAccounting() throws -> [FileAccounting] {
        if engagement.accounting == nil { try engagement.forEachRow { _ in } }
        return accounting
    }
}

/// Reads and validates the three exports (SPEC sections 1 and 6).
///
///     let exports = try ExportLoader(mapping: mapping, policy: .skip(rejectsPath: "rejects.csv"))
///         .load(ExportPaths(dataDirectory: "data"))
///     let table = try SnapshotBuilder(config).build(customers: exports.customers, nps: exports.nps,
///                                                   engagement: exports.engagement)
///     for file in exports.accounting { print(file) }   // rows read = used + rejected, per file
///
/// customers.csv and nps_responses.csv are read at once; engagement.csv's header is checked at once and its rows
/// are streamed by `exports.engagement.forEachRow`. Rows for customers not in customers.csv (or rejected from it)
/// are rejected. Under `.stop` the first bad row throws its `IngestError` (exit 65); a missing file throws
/// `FileError.missing` (exit 66).
public struct ExportLoader: Sendable {
    public var mapping: ColumnMapping
    public var policy: BadRowPolicy
    /// Threads for streaming engagement.csv (1 or 2; see `EngagementFile.forEachRow`): `CHURNCAST_THREADS`,
    /// else 2. With 2 the rows reach the consumer in a different order than the file's (the same rows, the same
    /// accounting, rejects file and first error); consumers must not depend on row order (SPEC section 1).
    public var threads: Int

    public init(mapping: ColumnMapping = .identity, policy: BadRowPolicy = .stop,
                threads: Int = Parallelism.threads) {
        precondition(threads >= 1, "threads must be at least 1")
        self.mapping = mapping
        self.policy = policy
        self.threads = threads
    }

    public func load(_ paths: ExportPaths) throws -> LoadedExports {
        for path in [paths.customers, paths.nps, paths.engagement] {
            _ = try CSVReader(path: path, chunkSize: 16)  // every file exists before any work (exit 66)
        }
        try MemoryBudget.current().check(paths)  // fits in memory before any work (exit 74)
        let rejects = try RejectsLog(policy: policy)
        // With two threads, nps_responses.csv is parsed alongside customers.csv (see `NPSPrereader`).
        let prereader = threads >= 2 ? NPSPrereader(path: paths.nps, mapping: mapping) : nil
        prereader?.start()
        let customers: CustomerTable, customersAccounting: FileAccounting, index: CustomerIndex
        let engagement: EngagementFile
        do {
            (customers, customersAccounting, index) = try CustomerLoader(path: paths.customers, mapping: mapping,
                                                                         rejects: rejects).load()
            engagement = try EngagementFile.open(path: paths.engagement, mapping: mapping, customers: index,
                                                 rejects: rejects, options: EngagementFile.Options(threads: threads))
        } catch {
            prereader?.cancel()
            throw error
        }
        let nps: [NPSResponse], npsAccounting: FileAccounting
        let early = prereader?.responses(customers: index)
        if let early {
            (nps, npsAccounting) = (early, FileAccounting(file: paths.nps, read: early.count, used: early.count,
                                                          rejected: 0))
        } else {
            (nps, npsAccounting) = try NPSLoader(path: paths.nps, mapping: mapping, customers: index,
                                                 rejects: rejects).load()
        }
        var loaded = LoadedExports(customers: customers, nps: nps, engagement: engagement, customerIndex: index,
                                   customersAccounting: customersAccounting, npsAccounting: npsAccounting)
        loaded.npsReadAlongside = early != nil
        return loaded
    }
}
