import ArgumentParser
import ChurnCast
import Foundation

/// `churncast train`: snapshots → standardised features → churn and next-score models → model file.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the churn and NPS models on snapshots of the exports and write a model file.",
        discussion: """
            Stacks one snapshot per as-of date (every active customer, features from rows dated on or before it, \
            labels from the horizon after it), standardises the features, fits the churn logistic regression \
            (L2, intercept unpenalised; λ = 1 by default, or chosen by cross-validation grouped by customer with \
            --cv) and the next-score linear regression, and writes the model atomically (replacing an existing \
            model file; --model - writes it to standard output and the summary to standard error).

            Example:
              churncast train --data datasets/sample --from 2024-12-31 --to 2025-12-31 \\
                --every quarter --model models/sample-model.json
            """)

    @OptionGroup var exports: ExportOptions

    @Option(help: ArgumentHelp("Training as-of dates, comma-separated.", valueName: Day.listValueName))
    var asOf: CommaSeparated<Day>?

    @Option(help: ArgumentHelp("First as-of date of a regular schedule (with --to and --every).", valueName: Day.valueName))
    var from: Day?

    @Option(help: ArgumentHelp("Last as-of date of the schedule.", valueName: Day.valueName))
    var to: Day?

    @Option(help: ArgumentHelp("Schedule step: month or quarter ends.", valueName: "step"))
    var every: SnapshotFrequency = .quarter

    @Option(help: ArgumentHelp("Outcome horizon in days.", valueName: "days"))
    var horizon: Int = 90

    @Option(help: ArgumentHelp("Churn model L2 penalty λ on standardised features.", valueName: "λ"))
    var l2: Double = 1

    @Option(help: ArgumentHelp("Choose λ by K-fold cross-validation grouped by customer.", valueName: "K"))
    var cv: Int = 0

    @Option(help: ArgumentHelp("Class weights for the churn model.", valueName: "weights"))
    var classWeight: ClassWeight = .none

    @Option(help: ArgumentHelp("Ridge penalty of the next-score regression.", valueName: "λ"))
    var ridge: Double = 1

    @Option(help: ArgumentHelp("Attribute columns of the customer list to leave out of the models, comma-separated.",
                               valueName: "column,..."))
    var exclude: String?

    @Option(help: ArgumentHelp("Where to write the model file (replaced if it exists; -: standard output).",
                               valueName: "file"))
    var model: String

    @Flag(help: .hidden)
    var force = false

    @Option(help: ArgumentHelp("postgres: with --source, also fit the churn model in the database (each Newton "
                               + "step one aggregate query) and check it against the in-process fit.", valueName: "engine"))
    var engine: TrainEngine?

    @Flag(help: "Print the training summary as JSON.")
    var json = false

    func validate() throws {
        try exports.requireFiles()
        if force { Warnings.print(Warnings.forceNotNeeded) }
        if asOf != nil && (from != nil || to != nil) { throw ValidationError("give --as-of, or --from and --to, not both") }
        if let exclude, FitOptions.columns(exclude).isEmpty { throw ValidationError("--exclude needs at least one column name") }
        if asOf == nil && (from == nil || to == nil) {
            throw ValidationError("give the training dates: --as-of DATE[,DATE…] or --from DATE --to DATE [--every quarter]")
        }
        try HorizonArgument.check(horizon)
        if engine != nil && exports.source == nil { throw ValidationError("--engine postgres needs --source postgresql://…") }
    }

    func run() throws {
        try reportingErrors {
            let progress = Progress()
            var request = TrainJob.Request(exports: exports.request, dates: try dates(), horizonDays: horizon, l2: l2,
                                           cvFolds: cv, classWeight: classWeight, ridge: ridge,
                                           exclude: exclude.map(FitOptions.columns) ?? [], modelPath: model)
            request.engine = engine?.rawValue
            try printResult(try TrainJob.run(request, progress: progress.stage), json: json, progress: progress,
                            dataOnStandardOutput: OutputTarget.isStandardOutput(model))
        }
    }

    /// The training dates: `--as-of`, or the `--from … --to … --every …` schedule.
    func dates() throws -> [Day] {
        if let asOf { return asOf.values }
        return try SnapshotSchedule.dates(from: from!, to: to!, every: every)
    }
}

/// `--engine`: where else to fit the churn model, besides in process.
enum TrainEngine: String, ExpressibleByArgument, CaseIterable {
    /// In the `--source` PostgreSQL database, each Newton step one aggregate query.
    case postgres
}
