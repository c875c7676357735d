import Features
import Ingest
import PostgresSource
import Support

/// Where a job finds the three exports, how their columns are named, and what to do with bad rows.
public struct ExportsRequest: Sendable {
    /// The folder holding customers.csv, nps_responses.csv and engagement.csv.
    public var dataDirectory: String?
    /// Files named one by one (instead of the folder's).
    public var customers: String?
    public var nps: String?
    public var engagement: String?
    /// `column=Name` entries (over the config file's mapping).
    public var mappings: [String]
    /// A churncast.json whose "columns" maps the exports' column names.
    public var configPath: String?
    /// Where rows left out are listed; `nil`: the first bad row is an error.
    public var rejectsPath: String?
    /// Separator, decimal mark, encoding, date format and missing-value tokens for every export (over the config
    /// file's `"exports"`).
    public var format: ExportFormats.Settings
    /// `--channels` (comma-separated) and `--churn-definition`, over the config file's `"channels"` and
    /// `"churn_definition"`.
    public var channels: String?
    public var churnDefinition: ChurnDefinition?
    // MARK: PostgreSQL source (issue 15; see ExportsRequest+Postgres.swift)
    /// `--source postgresql://…`: the exports are tables of this database instead of files.
    public var sourceURL: String?
    /// `--tables customers=…,nps=…,engagement=…` (with `sourceURL`).
    public var sourceTables: String?
    // MARK: end PostgreSQL source

    public init(dataDirectory: String?, customers: String?, nps: String?, engagement: String?, mappings: [String],
                configPath: String?, rejectsPath: String?, format: ExportFormats.Settings = .init()) {
        self.dataDirectory = dataDirectory; self.customers = customers; self.nps = nps
        self.engagement = engagement; self.mappings = mappings; self.configPath = configPath
        self.rejectsPath = rejectsPath; self.format = format
    }

    /// The three files: those named one by one, the rest in the folder (where NPS and engagement may be absent).
    var paths: ExportPaths {
        let inFolder = ExportPaths(dataDirectory: dataDirectory ?? ".")
        var optional = inFolder.optional
        if nps != nil { optional.remove(.nps) }
        if engagement != nil { optional.remove(.engagement) }
        var paths = ExportPaths(customers: customers ?? inFolder.customers, nps: nps ?? inFolder.nps,
                                engagement: engagement ?? inFolder.engagement, optional: optional)
        if engagement == nil { paths.activityAlternatives = inFolder.activityAlternatives }
        return paths
    }

    /// The config file's `"exports"` formats with the request's options over them.
    func formats() throws -> ExportFormats {
        let file = try configPath.map { try ExportFormats.load(configPath: $0) } ?? .standard
        return format.isEmpty ? file : try file.applying(format)
    }

    /// Where the data came from, as the report names it: the folder, or the customer list.
    var source: String { sourceURL.map(PostgresTables.displayURL(of:)) ?? dataDirectory ?? paths.customers }

    /// The config file's mapping with the request's entries over it.
    func mapping() throws -> ColumnMapping {
        let file = try configPath.map { try ColumnMapping.load(configPath: $0) } ?? .identity
        return mappings.isEmpty ? file : file.merging(try ColumnMapping.parse(commandLine: mappings))
    }

    /// The channels and churn definition asked for: the request's over the config file's.
    func activitySettings() throws -> ActivitySettings {
        var settings = try configPath.map { try ActivitySettings.load(configPath: $0) } ?? ActivitySettings()
        if let channels { settings.channels = try ActivitySettings.channels(commandLine: channels) }
        if let churnDefinition { settings.churnDefinition = churnDefinition.rawValue }
        return settings
    }

    /// The churn definition asked for (`nil`: from the data, or the model's): the request's, else the config
    /// file's, whose name that is neither throws `PipelineError.invalidOption` (exit 64).
    func churnDefinitionAsked() throws -> ChurnDefinition? {
        if let churnDefinition { return churnDefinition }
        guard let name = try activitySettings().churnDefinition else { return nil }
        guard let definition = ChurnDefinition(rawValue: name) else {
            throw PipelineError.invalidOption("\(configPath ?? "churncast.json"): \"churn_definition\" must be contract or "
                                              + "inactivity, got \(name)")
        }
        return definition
    }

    var policy: BadRowPolicy { rejectsPath.map { .skip(rejectsPath: $0) } ?? .stop }

    /// Reads and validates the exports (engagement is streamed later by whoever consumes it).
    func load() throws -> LoadedExports {
        if let sourceURL { return try loadFromDatabase(try PostgresTables(url: sourceURL, tables: sourceTables)) }
        let (mapping, policy, paths, formats) = (try mapping(), policy, paths, try formats())
        let settings = try activitySettings()
        return try PhaseTimer.measure("read customers and NPS") {
            var loader = ExportLoader(mapping: mapping, policy: policy, formats: formats)
            loader.channels = settings.channels
            return try loader.load(paths)
        }
    }

    /// After the work: how the exports were read (a separator detected, missing values, an export absent) and,
    /// in skip mode, each file's accounting (rows read = used + rejected) and where the rejected rows are listed,
    /// as lines for standard error (for commands whose standard output is data).
    func notes(after exports: LoadedExports) throws -> [String] {
        guard let rejectsPath else { return exports.notes }
        return try exports.notes + exports.completeAccounting().map { "\($0)" }
            + ["rejected rows are listed in \(rejectsPath)"]
    }
}
