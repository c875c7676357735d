import Features
import Foundation
import Support

/// `churncast train` as one call: snapshots → standardised features → churn and next-score models → model file.
public enum TrainJob {
    public struct Request: Sendable {
        public var exports: ExportsRequest
        /// The training as-of dates.
        public var dates: [Day]
        public var horizonDays: Int
        /// The churn model's L2 penalty, or (with `cvFolds` ≥ 2) chosen by cross-validation grouped by customer.
        public var l2: Double
        public var cvFolds: Int
        /// "none" or "balanced".
        public var classWeight: String
        /// The next-score regression's ridge penalty.
        public var ridge: Double
        /// Where to write the model file, and whether an existing one may be replaced.
        public var modelPath: String
        public var overwrite: Bool
        /// `--engine postgres`: also fit the churn model in the `--source` database (TrainJob+Engine.swift).
        public var engine: String?

        public init(exports: ExportsRequest, dates: [Day], horizonDays: Int, l2: Double, cvFolds: Int,
                    classWeight: String, ridge: Double, modelPath: String, overwrite: Bool) {
            self.exports = exports; self.dates = dates; self.horizonDays = horizonDays; self.l2 = l2
            self.cvFolds = cvFolds; self.classWeight = classWeight; self.ridge = ridge; self.modelPath = modelPath
            self.overwrite = overwrite
        }
    }

    public static func run(_ request: Request, progress: JobProgress) throws -> JobResult {
        let (path, dates) = (request.modelPath, request.dates)
        if !request.overwrite && FileManager.default.fileExists(atPath: path) {
            throw FileError.exists(path: path, hint: "pass --force to replace it")
        }
        progress("reading the exports")
        let data = try request.exports.load()
        progress("building \(dates.count) snapshot\(dates.count == 1 ? "" : "s") and fitting the models")
        let config = TrainingConfig(snapshot: SnapshotConfig(asOf: dates, horizonDays: request.horizonDays),
                                    l2: request.l2, cvFolds: request.cvFolds,
                                    classWeight: try TrainingConfig.classWeight(named: request.classWeight),
                                    ridge: request.ridge)
        let outcome = try Trainer(config).train(customers: data.customers, nps: data.nps,
                                                engagement: data.engagement, createdAt: CreationTimestamp.now())
        var notes = try request.exports.notes(after: data)
        progress("writing the model")
        try PhaseTimer.measure("write model") {
            try ModelFileIO.write(outcome.model, to: path, overwrite: request.overwrite)
        }
        if request.engine != nil {  // issue 15: the churn fit's Newton steps in the database
            progress("fitting the churn model in PostgreSQL")
            notes.append(try engineFit(modelPath: path, model: outcome.model, exports: request.exports).note)
        }
        let summary = TrainingSummary(model: outcome.model, path: path)
        return JobResult(summary: { summary.text }, value: summary, warnings: outcome.warnings, notes: notes,
                         retained: (outcome, data))
    }
}
