import Features
import Foundation
import Ingest
import SQLCompile
import Support

/// `churncast train` as one call: snapshots → standardised features → churn and next-score models → model file.
public enum TrainJob {
    public struct Request: Sendable {
        public var exports: ExportsRequest
        /// The training as-of dates.
        public var dates: [Day]
        public var horizonDays: Int
        /// The churn model's L2 penalty as given, used as is; `nil`: chosen (`TrainingConfig`).
        public var l2: Double?
        public var cvFolds: Int
        public var classWeight: ClassWeight
        /// The next-score regression's ridge penalty.
        public var ridge: Double
        /// Attribute columns of the customer list, or comment features (`BuiltInFeature.commentFeatures`), to
        /// leave out of the models.
        public var exclude: [String]
        /// Where to write the model file (`-`: standard output); an existing file is replaced atomically.
        public var modelPath: String
        /// `--engine postgres`: also fit the churn model in the `--source` database (TrainJob+Engine.swift).
        public var engine: String?

        public init(exports: ExportsRequest, dates: [Day], horizonDays: Int, l2: Double?, cvFolds: Int,
                    classWeight: ClassWeight, ridge: Double, exclude: [String] = [], modelPath: String) {
            self.exports = exports; self.dates = dates; self.horizonDays = horizonDays; self.l2 = l2
            self.cvFolds = cvFolds; self.classWeight = classWeight; self.ridge = ridge; self.exclude = exclude
            self.modelPath = modelPath
        }
    }

    public static func run(_ request: Request, progress: JobProgress) throws -> JobResult {
        let (path, dates) = (request.modelPath, request.dates)
        _ = try OutputTarget.resolve(path)  // an output that cannot be written is refused before the work
        if request.engine != nil { try checkEngine(classWeight: request.classWeight, exports: request.exports) }
        progress("reading the exports")
        var data = try request.exports.load()
        try ExportDateRange.check(dates, in: data)
        let comments = BuiltInFeature.commentFeatures.filter { request.exclude.contains($0.name) }
        try leaveOut(request.exclude.filter { name in !comments.contains { $0.name == name } }, from: &data.customers)
        var snapshot = SnapshotConfig(asOf: dates, horizonDays: request.horizonDays)
        snapshot.churnDefinition = try request.exports.churnDefinitionAsked()
        // Only the comments the training tables read (each customer's latest at each date) are analysed.
        let sentiments = comments.count < BuiltInFeature.commentFeatures.count
            ? try data.startCommentAnalysis(configPath: request.exports.configPath, asOf: dates,
                                            definition: snapshot.churnDefinition) : nil
        progress("building \(dates.count) snapshot\(dates.count == 1 ? "" : "s") and fitting the models")
        let config = TrainingConfig(snapshot: snapshot,
                                    l2: request.l2, cvFolds: request.cvFolds,
                                    classWeight: request.classWeight,
                                    ridge: request.ridge)
        var trainer = Trainer(config)
        trainer.leftOutFeatures = comments
        trainer.sentiments = sentiments
        let outcome = try trainer.train(customers: data.customers, nps: data.nps,
                                      engagement: data.engagement, createdAt: CreationTimestamp.now())
        var notes = try request.exports.notes(after: data) + [outcome.model.activityNote].compactMap { $0 }
        let bytes = try ModelFileIO.encode(outcome.model)
        if request.engine != nil {  // issue 15: the churn fit's Newton steps in the database, before the write
            progress("fitting the churn model in PostgreSQL")
            let sqlModel = try SQLModel.decode(Data(bytes), path: path)
            notes.append(try engineFit(sqlModel: sqlModel, model: outcome.model, exports: request.exports).note)
        }
        progress("writing the model")
        try PhaseTimer.measure("write model") { try ModelFileIO.write(bytes: bytes, to: path) }
        let summary = TrainingSummary(model: outcome.model, path: path)
        return JobResult(summary: { summary.text }, value: summary, warnings: outcome.warnings, notes: notes,
                         retained: (outcome, data))
    }

    /// Drops the attribute columns `names` from `customers`, so that no feature is made of them; throws
    /// `InvalidParameter` (exit 64) for a name that is not an attribute column, listing those there are (and the
    /// comment features, the built-in ones that may be left out).
    static func leaveOut(_ names: [String], from customers: inout CustomerTable) throws {
        guard !names.isEmpty else { return }
        let attributes = customers.numericAttributes.map(\.name) + customers.categoricalAttributes.map(\.name)
        if let unknown = names.first(where: { !attributes.contains($0) }) {
            let known = attributes.isEmpty ? "none" : attributes.joined(separator: ", ")
            let comments = BuiltInFeature.commentFeatures.map(\.name).joined(separator: ", ")
            throw InvalidParameter(.exclude, value: unknown, expected: "an attribute column of the customer list "
                                   + "(there: \(known)) or a comment feature (\(comments))")
        }
        customers.numericAttributes.removeAll { names.contains($0.name) }
        customers.categoricalAttributes.removeAll { names.contains($0.name) }
    }
}
