import Support

/// Where the three exports are.
public struct ExportPaths: Equatable, Sendable {
    public var customers: String
    public var nps: String
    public var engagement: String
    /// The exports that may be absent (SPEC section 1: NPS and engagement found in a folder); a file named one by
    /// one must exist.
    public var optional: Set<ExportKind>
    /// Where the activity export is looked for when `engagement` is absent, in order (a data folder's orders.csv,
    /// then activity.csv).
    public var activityAlternatives: [String] = []

    public init(customers: String, nps: String, engagement: String, optional: Set<ExportKind> = []) {
        self.customers = customers; self.nps = nps; self.engagement = engagement; self.optional = optional
    }

    /// The file names an activity export may have in a data folder, after engagement.csv.
    public static let activityFileNames = ["orders.csv", "activity.csv"]

    /// customers.csv, nps_responses.csv and engagement.csv in `directory` (`--data DIR`); the last two may be
    /// absent.
    public init(dataDirectory directory: String) {
        let dir = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.init(customers: dir + "/" + ExportKind.customers.defaultFileName,
                  nps: dir + "/" + ExportKind.nps.defaultFileName,
                  engagement: dir + "/" + ExportKind.engagement.defaultFileName, optional: [.nps, .engagement])
        activityAlternatives = Self.activityFileNames.map { dir + "/" + $0 }
    }

    /// The path of `kind`.
    public subscript(_ kind: ExportKind) -> String {
        switch kind {
        case .customers: return customers
        case .nps: return nps
        case .engagement: return engagement
        }
    }
}

/// The three exports after validation. `engagement` is streamed when the consumer asks for its rows.
public struct LoadedExports {
    public var customers: CustomerTable
    public var nps: [NPSResponse]
    /// The comment of each response of `nps`, in the same order (empty without a comment column).
    public var npsComments = NPSComments()
    public var engagement: EngagementFile
    /// customer_id → index into `customers.ids`, from bytes.
    public var customerIndex: CustomerIndex
    public let customersAccounting: FileAccounting
    public let npsAccounting: FileAccounting
    /// The optional exports that were not there (SPEC section 1: the models then do without them).
    public var absent: [ExportKind] = []
    /// Lines for standard error about how the exports were read: a separator detected, missing values of numeric
    /// attributes, an export absent or without rows.
    public var notes: [String] = []
    /// Whether nps_responses.csv was read alongside customers.csv (`NPSPrereader`) rather than after it (for tests).
    var npsReadAlongside = false

    /// Rows read / used / rejected per file: customers and NPS at once, engagement after the first complete
    /// `engagement.forEachRow` (see `EngagementFile`), when the rejects file has also been written.
    public var accounting: [FileAccounting] {
        let activity = engagement.activity.map { $0.accounting.map { [$0] } ?? [] }
        return [customersAccounting] + (absent.contains(.nps) ? [] : [npsAccounting])
            + (activity ?? (absent.contains(.engagement) ? [] : engagement.accounting.map { [$0] } ?? []))
    }

    /// True once every file's accounting is known.
    public var isAccountingComplete: Bool {
        engagement.activity.map { $0.accounting != nil } ?? (engagement.accounting != nil)
    }

    /// Streams engagement.csv if no pass has completed yet (validating it, listing its bad rows and writing the
    /// rejects file), then returns the accounting of all three files. For commands that only check the exports.
    public func completeAccounting() throws -> [FileAccounting] {
        if let activity = engagement.activity {
            if activity.accounting == nil { try activity.forEachBatch { _ in } }
        } else if engagement.accounting == nil {
            try engagement.forEachRow { _ in }
        }
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
    /// How each export is written (separator, decimal mark, encoding, dates, missing-value tokens).
    public var formats: ExportFormats
    /// Threads for streaming engagement.csv (1 or 2; see `EngagementFile.forEachRow`): `CHURNCAST_THREADS`,
    /// else 2. With 2 the rows reach the consumer in a different order than the file's (the same rows, the same
    /// accounting, rejects file and first error); consumers must not depend on row order (SPEC section 1).
    public var threads: Int
    /// The activity channels asked for (`--channels`, `churncast.json`'s `"channels"`); `nil`: every numeric
    /// column of the activity export, or the social layout when it has one (see `ActivityFile.isSocial`).
    public var channels: [String]?

    public init(mapping: ColumnMapping = .identity, policy: BadRowPolicy = .stop, formats: ExportFormats = .standard,
                threads: Int = Parallelism.threads) {
        precondition(threads >= 1, "threads must be at least 1")
        self.mapping = mapping
        self.policy = policy
        self.formats = formats
        self.threads = threads
    }

    public func load(_ paths: ExportPaths) throws -> LoadedExports {
        let (formats, absent, opened, paths) = try openAll(paths)
        var notes = opened
        try MemoryBudget.current().check(paths)  // fits in memory before any work (exit 74)
        let rejects = try RejectsLog(policy: policy)
        // With two threads, nps_responses.csv is parsed alongside customers.csv (see `NPSPrereader`).
        let readNPS = !absent.contains(.nps)
        let prereader = threads >= 2 && readNPS ? NPSPrereader(path: paths.nps, mapping: mapping, format: formats[.nps]) : nil
        prereader?.start()
        let customers: CustomerTable, customersAccounting: FileAccounting, index: CustomerIndex
        let engagement: EngagementFile
        do {
            var loader = CustomerLoader(path: paths.customers, mapping: mapping, rejects: rejects,
                                        format: formats[.customers])
            (customers, customersAccounting, index) = try loader.load()
            notes += loader.notes
            let options = EngagementFile.Options(threads: threads)
            if !absent.contains(.engagement), try !ActivityFile.isSocial(path: paths.engagement, mapping: mapping,
                                                                         format: formats[.engagement], channels: channels) {
                let activity = try ActivityFile.open(path: paths.engagement, mapping: mapping, customers: index,
                                                     rejects: rejects, format: formats[.engagement], selection: channels)
                activity.threads = threads
                notes += activity.columns.notes
                engagement = EngagementFile.absent(path: paths.engagement, customers: index, rejects: rejects,
                                                   options: options)
                engagement.activity = activity
            } else {
                engagement = absent.contains(.engagement)
                    ? EngagementFile.absent(path: paths.engagement, customers: index, rejects: rejects, options: options)
                    : try EngagementFile.open(path: paths.engagement, mapping: mapping, customers: index,
                                              rejects: rejects, options: options, format: formats[.engagement])
            }
        } catch {
            prereader?.cancel()
            throw error
        }
        if let activity = engagement.activity {
            if activity.isEmpty { notes.append(Self.withoutEngagementNote(paths.engagement, absent: false)) }
        } else if engagement.isEmpty {
            notes.append(Self.withoutEngagementNote(paths.engagement, absent: engagement.isAbsent)
                + (engagement.isAbsent && !paths.activityAlternatives.isEmpty ? Self.activityRule : ""))
        }
        let nps: [NPSResponse], comments: NPSComments, npsAccounting: FileAccounting
        let early = prereader?.responses(customers: index)
        if !readNPS {
            (nps, comments, npsAccounting) = ([], NPSComments(), FileAccounting(file: paths.nps))
            notes.append("\(paths.nps) not found: no NPS history (the churn model uses the other exports; NPS "
                         + "forecasts need the NPS export)")
        } else if let (responses, texts) = early {
            (nps, comments) = (responses, texts)
            npsAccounting = FileAccounting(file: paths.nps, read: nps.count, used: nps.count, rejected: 0)
        } else {
            (nps, comments, npsAccounting) = try NPSLoader(path: paths.nps, mapping: mapping, customers: index,
                                                 rejects: rejects, format: formats[.nps]).load()
        }
        var loaded = LoadedExports(customers: customers, nps: nps, engagement: engagement, customerIndex: index,
                                   customersAccounting: customersAccounting, npsAccounting: npsAccounting)
        loaded.npsComments = comments
        loaded.npsReadAlongside = early != nil
        loaded.absent = ExportKind.allCases.filter { absent.contains($0) }
        loaded.notes = notes
        return loaded
    }

    /// Opens every export before any work: a missing file is exit 66 unless the export is optional (then it is
    /// absent); an optional export of zero bytes is exit 65 (leave it out instead); an encoding that does not fit
    /// is exit 65. Returns the formats with each file's separator settled (detected ones said in `notes`).
    private func openAll(_ paths: ExportPaths) throws
        -> (ExportFormats, absent: Set<ExportKind>, notes: [String], paths: ExportPaths) {
        var formats = self.formats, absent = Set<ExportKind>(), notes: [String] = []
        var paths = paths
        for kind in ExportKind.allCases {
            let reader: CSVReader
            do {
                reader = try CSVReader(path: paths[kind], format: formats[kind], chunkSize: 1 << 16)
            } catch FileError.missing(let missing) where paths.optional.contains(kind) && missing == paths[kind] {
                guard kind == .engagement, let found = Self.firstExisting(paths.activityAlternatives, formats[kind])
                else { absent.insert(kind); continue }
                (paths.engagement, reader) = found
            }
            let path = paths[kind]
            if kind != .customers && reader.fileSize() == 0 {
                throw IngestError.emptyOptionalFile(file: path, absentMeaning: kind == .nps
                    ? "without an NPS export ChurnCast fits the churn model alone"
                    : "without an engagement export ChurnCast uses NPS history and customer attributes")
            }
            if let d = reader.detectedSeparator { notes.append(ExportFormat.detectionNote(file: path, separator: d)) }
            formats[kind].delimiter = reader.separator
        }
        return (formats, absent, notes, paths)
    }

    /// The first of `alternatives` that exists, opened.
    private static func firstExisting(_ alternatives: [String], _ format: ExportFormat) -> (String, CSVReader)? {
        for path in alternatives {
            if let reader = try? CSVReader(path: path, format: format, chunkSize: 1 << 16) { return (path, reader) }
        }
        return nil
    }

    /// Where an activity export is looked for, said when there is none.
    static let activityRule = "; the activity export is engagement.csv, else orders.csv or activity.csv in the data "
        + "folder (or --activity FILE)"


    /// Said when engagement.csv is absent or has no rows.
    static func withoutEngagementNote(_ path: String, absent: Bool) -> String {
        (absent ? "\(path) not found" : "\(path) has no rows")
            + ": training and scoring on NPS history and customer attributes (engagement features are constant "
            + "and left out of the model)"
    }
}
