import ArgumentParser
import ChurnCast

/// The options every command that reads the three exports shares: where they are, how their columns are named,
/// and what to do with bad rows.
struct ExportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Folder with customers.csv, nps_responses.csv and engagement.csv.", valueName: "dir"))
    var data: String?

    @Option(help: ArgumentHelp("customers.csv path (overrides --data).", valueName: "file"))
    var customers: String?

    @Option(help: ArgumentHelp("nps_responses.csv path (overrides --data).", valueName: "file"))
    var nps: String?

    @Option(help: ArgumentHelp("engagement.csv path (overrides --data).", valueName: "file"))
    var engagement: String?

    @Option(help: ArgumentHelp("Column mapping, e.g. nps.score=Score,nps.customer_id=\"Person ID\" (repeatable).",
                               valueName: "file.column=Header"))
    var map: [String] = []

    @Option(help: ArgumentHelp("JSON config file with a column mapping (see datasets/churncast.example.json).",
                               valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("stop (default: the first bad row is an error, exit 65) or skip (write them to --rejects).",
                               valueName: "policy"))
    var onBadRows: String = "stop"

    @Option(help: ArgumentHelp("Rejects CSV for --on-bad-rows skip.", valueName: "file"))
    var rejects: String = "rejects.csv"

    func validate() throws {
        if data == nil && (customers == nil || nps == nil || engagement == nil) {
            throw ValidationError("say where the exports are: --data DIR, or --customers, --nps and --engagement")
        }
        if onBadRows != "stop" && onBadRows != "skip" {
            throw ValidationError("--on-bad-rows must be stop or skip, got \(onBadRows)")
        }
    }

    /// The three file paths.
    var paths: ExportPaths {
        let base = data.map { ExportPaths(dataDirectory: $0) }
        return ExportPaths(customers: customers ?? base!.customers, nps: nps ?? base!.nps,
                           engagement: engagement ?? base!.engagement)
    }

    /// Reads and validates the exports (engagement is streamed later, by whoever needs its rows).
    func load() throws -> LoadedExports {
        var mapping = ColumnMapping.identity
        if let config { mapping = mapping.merging(try ColumnMapping.load(configPath: config)) }
        if !map.isEmpty { mapping = mapping.merging(try ColumnMapping.parse(commandLine: map)) }
        let policy: BadRowPolicy = onBadRows == "skip" ? .skip(rejectsPath: rejects) : .stop
        return try ExportLoader(mapping: mapping, policy: policy).load(paths)
    }

    /// After the work: in skip mode, prints each file's accounting (rows read = used + rejected) to standard error.
    func finish(_ exports: LoadedExports) throws {
        guard onBadRows == "skip" else { return }
        for file in try exports.completeAccounting() { printError("churncast: \(file)") }
        printError("churncast: rejected rows are listed in \(rejects)")
    }
}
