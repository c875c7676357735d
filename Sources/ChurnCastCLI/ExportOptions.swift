import ArgumentParser
import ChurnCast

/// The options of every command that reads the three exports (`features`, `train`, `score`, `evaluate`,
/// `forecast`): where the files are, how their columns are named, and what to do with bad rows.
/// Use with `@OptionGroup var exports: ExportOptions`, then pass `exports.request` to a job.
struct ExportOptions: ParsableArguments {
    @Option(name: .customLong("data"),
            help: ArgumentHelp("Folder holding customers.csv, nps_responses.csv and engagement.csv.", valueName: "dir"))
    var dataDirectory: String?

    @Option(help: ArgumentHelp("The customer list (instead of DIR/customers.csv).", valueName: "file"))
    var customers: String?

    @Option(help: ArgumentHelp("The NPS survey responses (instead of DIR/nps_responses.csv).", valueName: "file"))
    var nps: String?

    @Option(help: ArgumentHelp("The activity export: social engagement or orders (instead of DIR/engagement.csv, "
                               + "else DIR/orders.csv or DIR/activity.csv).", valueName: "file"))
    var engagement: String?

    @Option(help: ArgumentHelp("The same as --engagement.", valueName: "file"))
    var activity: String?

    @Option(help: ArgumentHelp("The activity channels to use, e.g. orders,units,revenue (default: every numeric "
                               + "column of the activity export besides customer_id and date).", valueName: "names"))
    var channels: String?

    @Option(help: ArgumentHelp("contract (a churn_date; the default where customers.csv has one) or inactivity (no "
                               + "activity in the horizon; the default without churn_date).", valueName: "name"))
    var churnDefinition: ChurnDefinition?

    @Option(name: .customLong("map"),
            help: ArgumentHelp("Column names of the exports, e.g. 'customer_id=Person ID,nps.score=Score' "
                               + "(repeatable; overrides --config).", valueName: "column=Name,..."))
    var mappings: [String] = []

    @Option(name: .customLong("config"),
            help: ArgumentHelp("A churncast.json whose \"columns\" maps the exports' column names.", valueName: "file"))
    var configPath: String?

    @Option(help: ArgumentHelp("The field separator: ',' ';' tab or '|' (default: found from each header, and said).",
                               valueName: "sep"))
    var delimiter: String?

    @Option(help: ArgumentHelp("The decimal mark of numeric attributes: '.' (default) or ','.", valueName: "mark"))
    var decimal: String?

    @Option(help: ArgumentHelp("The exports' text encoding: utf-8 (default), latin1, windows-1252 or utf-16 (with a "
                               + "byte-order mark).", valueName: "name"))
    var encoding: String?

    @Option(name: .customLong("date-format"),
            help: ArgumentHelp("How dates are written: YYYY-MM-DD (default; ISO timestamps too), DD.MM.YYYY, "
                               + "MM/DD/YYYY, DD/MM/YYYY or epoch (seconds).", valueName: "format"))
    var dateFormat: String?

    @Option(name: .customLong("na-values"),
            help: ArgumentHelp("Comma-separated tokens that are missing values in numeric attributes (default: "
                               + "NA,N/A,n/a,null,NULL,NaN,-,?; empty fields always are).", valueName: "tokens"))
    var naValues: String?

    @Option(name: .customLong("on-bad-rows"),
            help: "stop: the first bad row is an error (exit 65); skip: leave bad rows out and list them in --rejects.")
    var onBadRows: BadRowChoice = .stop

    @Option(help: ArgumentHelp("The CSV that lists rows left out by --on-bad-rows skip.", valueName: "file"))
    var rejects: String?

    // MARK: PostgreSQL source (issue 15)
    @Option(help: ArgumentHelp("Read the exports from PostgreSQL instead of files (libpq URI).",
                               valueName: "postgresql://user@host:port/db"))
    var source: String?

    @Option(help: ArgumentHelp("With --source: the tables (defaults customers, nps_responses, engagement).",
                               valueName: "customers=T,nps=T,engagement=T"))
    var tables: String?
    // MARK: end PostgreSQL source

    enum BadRowChoice: String, ExpressibleByArgument, CaseIterable {
        case stop, skip
    }

    /// Checks the bad-row options. Whether the files are named is checked by `requireFiles()`, which a command
    /// calls from its own `validate()` when it needs the exports (`features --describe` does not).
    func validate() throws {
        if engagement != nil && activity != nil { throw ValidationError("give --engagement or --activity, not both") }
        if onBadRows == .skip && rejects == nil {
            throw ValidationError("--on-bad-rows skip needs --rejects FILE to list the rows it leaves out")
        }
        if onBadRows == .stop && rejects != nil {
            throw ValidationError("--rejects only applies with --on-bad-rows skip")
        }
    }

    /// Throws a usage error unless `--data` or all three files are given.
    func requireFiles() throws {
        if tables != nil && source == nil { throw ValidationError("--tables only applies with --source") }  // PostgreSQL
        guard dataDirectory == nil, source == nil else { return }
        let missing = [("--customers", customers), ("--nps", nps), ("--engagement", engagement ?? activity)]
            .filter { $0.1 == nil }.map(\.0)
        if !missing.isEmpty {
            throw ValidationError("give --data DIR, or every export file (missing \(missing.joined(separator: ", ")))")
        }
    }

    /// Where the jobs find the exports.
    var request: ExportsRequest {
        var request = ExportsRequest(
            dataDirectory: dataDirectory, customers: customers, nps: nps, engagement: engagement ?? activity,
            mappings: mappings,
            configPath: configPath, rejectsPath: onBadRows == .skip ? rejects : nil,
            format: ExportFormatSettings(delimiter: delimiter, decimal: decimal, encoding: encoding,
                                         dateFormat: dateFormat,
                                         naValues: naValues.map { $0.split(separator: ",").map(String.init) }))
        (request.sourceURL, request.sourceTables) = (source, tables)  // PostgreSQL source
        (request.channels, request.churnDefinition) = (channels, churnDefinition)
        return request
    }
}

extension ChurnDefinition: ExpressibleByArgument {}
