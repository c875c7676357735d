import Report

/// `churncast report` as one call: the report's content — evaluated, forecast by segment and scored, or read from a
/// saved content file — written as `BASE.html` and `BASE.ipynb`.
public enum ReportJob {
    /// Where the content comes from.
    public enum Request {
        /// Evaluate a model on the exports.
        case build(BuildRequest)
        /// Render a saved report content file (JSON) to `out`.
        case content(path: String, out: String)
    }

    public struct BuildRequest {
        public var exports: ExportsRequest
        public var modelPath: String
        public var asOf: AsOfDate
        /// The as-of date as the user wrote it (for the report's reproduction commands).
        public var asOfArgument: String
        /// A categorical attribute for the segment forecast table.
        public var segmentBy: String?
        /// Output path without extension.
        public var out: String
        /// The planted churn probabilities, when the data carry ChurnCast's own ground truth.
        public var oracle: ChurnOracle?
        /// A numeric customer column whose value is at risk (`--value monthly_fee`); nil for none.
        public var valueColumn: String?

        public init(exports: ExportsRequest, modelPath: String, asOf: AsOfDate, asOfArgument: String, segmentBy: String?,
                    out: String, oracle: ChurnOracle?) {
            self.exports = exports; self.modelPath = modelPath; self.asOf = asOf; self.asOfArgument = asOfArgument
            self.segmentBy = segmentBy; self.out = out; self.oracle = oracle
        }
    }

    /// Writes the report; the result's text lists the two files written.
    public static func run(_ request: Request, progress: JobProgress) throws -> JobResult {
        let content: ReportContent, out: String, notes: [String], retained: Any
        switch request {
        case .content(let path, let base):
            (content, out, notes, retained) = (try ReportWriter.readContent(at: path), base, [], ())
        case .build(let build):
            (content, notes, retained) = try self.build(build, progress: progress)
            out = build.out
        }
        let paths = try ReportWriter.write(content, to: out)
        let text = paths.html + "\n" + paths.notebook + "\n"
        return JobResult(notes: notes, retained: retained, text: { text }, json: { text })
    }

    /// The report's content, the notes on the exports, and the data and evaluation it came from.
    static func build(_ request: BuildRequest, progress: JobProgress) throws -> (ReportContent, [String], Any) {
        let inputs = try ModelJobInputs(modelPath: request.modelPath, exports: request.exports, progress: progress,
                                        needingScoreModel: "report")
        let (m, data) = (inputs.model, inputs.data)
        // The business on the as-of date; the evaluation on the most recent period whose outcome is known (issue 13).
        let today = try TodayReport.snapshot(inputs, asOf: try request.asOf.resolve(in: data), segmentBy: request.segmentBy,
                                             valueColumn: request.valueColumn)
        let evaluation = try EvaluateJob.evaluate(inputs, asOf: today.evaluationDate, backtest: true,
                                                  oracle: request.oracle)
        let segments = request.segmentBy == nil ? nil : today.forecast
        let notes = try request.exports.notes(after: data)
        let scores = Array(today.scores.prefix(20))
        var content = ReportBuilder.content(model: m, evaluation: evaluation, segments: segments, scores: scores,
                                            source: request.exports.source,
                                            commands: ReproductionCommands.make(for: request, model: m),
                                            generatedAt: CreationTimestamp.now())
        try TodayReport.complete(&content, request: request, inputs: inputs, today: today, evaluation: evaluation)
        return (content, notes, (data, evaluation, today) as Any)
    }
}
