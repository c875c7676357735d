import ArgumentParser
import ChurnCast

/// `churncast sql features|score`: prints one SELECT statement that computes the feature table or the scores inside
/// PostgreSQL, DuckDB or Spark. Parsing only; the SQL is written by the `SQLCompile` library.
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Print the feature table or the scores as one SELECT for PostgreSQL, DuckDB or Spark.",
        subcommands: [Features.self, Score.self])

    /// The options both subcommands share.
    struct Target: ParsableArguments {
        @Option(help: "The SQL engine: postgres, duckdb or spark.")
        var dialect: SQLDialect

        @Option(help: ArgumentHelp("The as-of date T.", valueName: Day.valueName))
        var asOf: Day

        @Option(help: ArgumentHelp("Table names (defaults customers, nps_responses, engagement).",
                                   valueName: "customers=NAME,nps=NAME,engagement=NAME"))
        var tables: String?
    }

    struct Features: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "features",
            abstract: "Print the SELECT that computes `churncast features` at one as-of date.",
            discussion: """
                The attribute encoding is the model's with --model; otherwise it is learned, as `features` does, \
                from the customers active at T in the exports under --data (SQL cannot name its columns after \
                levels it has not read).

                Examples:
                  churncast sql features --dialect postgres --as-of 2026-06-30 \\
                    --model models/sample-model.json
                  churncast sql features --dialect duckdb --as-of 2026-06-30 \\
                    --data datasets/sample --tables customers=crm.customers
                """)

        @OptionGroup var target: Target

        @Option(help: ArgumentHelp("Label horizon in days (the model's with --model).", valueName: "days"))
        var horizon: Int?

        @Option(help: ArgumentHelp("Use this model file's attribute encoding, caps and horizon.", valueName: "file"))
        var model: String?

        @Option(name: .customLong("data"),
                help: ArgumentHelp("Exports to learn the attribute encoding from (without --model).", valueName: "dir"))
        var dataDirectory: String?

        func validate() throws {
            if (model == nil) == (dataDirectory == nil) {
                throw ValidationError("give --model FILE (its encoding) or --data DIR (learn the encoding at T)")
            }
            if let horizon, horizon <= 0 { throw ValidationError("--horizon must be a positive number of days") }
        }

        func run() throws {
            try reportingErrors {
                print(try SQLJob.features(dialect: target.dialect, asOf: target.asOf, tables: target.tables,
                                          horizon: horizon, modelPath: model, dataDirectory: dataDirectory),
                      terminator: "")
            }
        }
    }

    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "score",
            abstract: "Print the SELECT that computes `churncast score` at one as-of date.",
            discussion: """
                Example:
                  churncast sql score --model models/sample-model.json --dialect postgres \\
                    --as-of 2026-09-30
                """)

        @OptionGroup var target: Target

        @OptionGroup var trained: ModelFileOption

        func run() throws {
            try reportingErrors {
                print(try SQLJob.score(dialect: target.dialect, asOf: target.asOf, tables: target.tables,
                                       modelPath: trained.model), terminator: "")
            }
        }
    }
}

extension SQLDialect: ExpressibleByArgument {}
