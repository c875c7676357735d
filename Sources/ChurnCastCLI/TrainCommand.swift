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
            --cv) and the next-score linear regression, and writes the model atomically.

            Example:
              churncast train --data datasets/sample --from 2024-12-31 --to 2025-12-31 \\
                --every quarter --model models/sample-model.json --force
            """)

    @OptionGroup var exports: ExportOptions

    @Option(help: ArgumentHelp("Training as-of dates, comma-separated.", valueName: "dates"))
    var asOf: String?

    @Option(help: ArgumentHelp("First as-of date of a regular schedule (with --to and --every).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Last as-of date of the schedule.", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Schedule step: month or quarter (month/quarter ends).", valueName: "step"))
    var every: String = "quarter"

    @Option(help: ArgumentHelp("Outcome horizon in days.", valueName: "days"))
    var horizon: Int = 90

    @Option(help: ArgumentHelp("Churn model L2 penalty λ on standardised features.", valueName: "λ"))
    var l2: Double = 1

    @Option(help: ArgumentHelp("Choose λ by K-fold cross-validation grouped by customer.", valueName: "K"))
    var cv: Int = 0

    @Option(help: ArgumentHelp("Class weights for the churn model: none or balanced.", valueName: "weights"))
    var classWeight: String = "none"

    @Option(help: ArgumentHelp("Ridge penalty of the next-score regression.", valueName: "λ"))
    var ridge: Double = 1

    @Option(help: ArgumentHelp("Where to write the model file.", valueName: "file"))
    var model: String

    @Flag(help: "Replace an existing model file.")
    var force = false

    @Flag(help: "Print the training summary as JSON.")
    var json = false

    func validate() throws {
        try exports.requireFiles()
        if asOf == nil && (from == nil || to == nil) {
            throw ValidationError("give the training dates: --as-of DATE[,DATE…] or --from DATE --to DATE [--every quarter]")
        }
        if horizon <= 0 { throw ValidationError("--horizon must be a positive number of days, got \(horizon)") }
    }

    func run() throws {
        try reportingErrors {
            let dates: [Day]
            if let asOf { dates = try parseDates(asOf, option: "--as-of") } else {
                guard let step = SnapshotFrequency(rawValue: every) else {
                    throw ValidationError("--every must be month or quarter, got \(every)")
                }
                dates = try SnapshotSchedule.dates(from: try parseDate(from!, option: "--from"),
                                                   to: try parseDate(to!, option: "--to"), every: step)
            }
            if !force && FileManager.default.fileExists(atPath: model) {
                throw FileError.exists(path: model, hint: "pass --force to replace it")
            }
            let progress = Progress()
            progress.stage("reading the exports")
            let data = try exports.load()
            progress.stage("building \(dates.count) snapshot\(dates.count == 1 ? "" : "s") and fitting the models")
            let config = TrainingConfig(snapshot: SnapshotConfig(asOf: dates, horizonDays: horizon), l2: l2, cvFolds: cv,
                                        classWeight: try TrainingConfig.classWeight(named: classWeight), ridge: ridge)
            let outcome = try Trainer(config).train(customers: data.customers, nps: data.nps,
                                                    engagement: data.engagement, createdAt: creationTimestamp())
            try exports.finish(data)
            progress.stage("writing the model")
            try PhaseTimer.measure("write model") { try ModelFileIO.write(outcome.model, to: model, overwrite: force) }
            progress.done()
            for w in outcome.warnings { printError("churncast: warning: \(w)") }
            if json {
                print(try jsonText(TrainingSummary(model: outcome.model, path: model)))
            } else {
                print(TrainingSummary(model: outcome.model, path: model).text)
            }
            exitSkippingTeardown(keeping: (outcome, data))
        }
    }
}
