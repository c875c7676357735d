import Support

/// `churncast score` as one call: every active customer's risk, written as a CSV, and its summary.
public enum ScoreJob {
    public struct Request: Sendable {
        public var exports: ExportsRequest
        public var modelPath: String
        public var asOf: AsOfDate
        /// The scores CSV to write (`-`: standard output).
        public var out: String
        /// `--to-table`: also write the scores into this table of the `--source` database (ScoreJob+Table.swift).
        public var toTable: String?

        public init(exports: ExportsRequest, modelPath: String, asOf: AsOfDate, out: String) {
            self.exports = exports; self.modelPath = modelPath; self.asOf = asOf; self.out = out
        }
    }

    public static func run(_ request: Request, progress: JobProgress) throws -> JobResult {
        let inputs = try ModelJobInputs(modelPath: request.modelPath, exports: request.exports, progress: progress,
                                        deferComments: true, commentDates: request.asOf.day.map { [$0] })
        let data = inputs.data
        let asOf = try request.asOf.resolve(in: data)
        let result = try Scorer(model: inputs.model).score(customers: data.customers, nps: data.nps,
                                                           engagement: data.engagement, asOf: asOf,
                                                           sentiments: inputs.sentiments)
        let notes = try request.exports.notes(after: data) + [inputs.model.activityNote].compactMap { $0 }
        try PhaseTimer.measure("write scores") { try Scorer.write(result.rows, to: request.out) }
        if let table = request.toTable { try writeTable(result.rows, table: table, request: request) }
        let summary = PhaseTimer.measure("summary") {
            ScoreSummary(asOf: asOf.description, file: request.out, rows: result.rows)
        }
        return JobResult(summary: { summary.text }, value: summary, notes: notes, retained: (result, data))
    }
}
