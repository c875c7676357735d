import Comments
import Ingest
import Support

/// `churncast comments` as one call: every NPS answer with a comment, with its language, sentiment and themes,
/// written as CSV (`CommentTable`) to a file or standard output.
public enum CommentsJob {
    public struct Request: Sendable {
        /// The NPS export is `exports.nps`, else nps_responses.csv in `exports.dataDirectory`; its columns are
        /// mapped by `exports.mappings`/`configPath`, whose `themes` also change the themes.
        public var exports: ExportsRequest
        /// The CSV to write; `-` for standard output.
        public var out: String

        public init(exports: ExportsRequest, out: String) {
            self.exports = exports; self.out = out
        }
    }

    public static func run(_ request: Request, progress: JobProgress) throws -> JobResult {
        let analyzer = try CommentAnalyzer(configuration: .load(configPath: request.exports.configPath))
        let path = request.exports.paths.nps
        progress("reading the comments")
        let answers = try NPSAnswers.read(path: path, mapping: request.exports.mapping(),
                                          format: try request.exports.formats()[.nps]).list(commentsOnly: true)
        progress("analysing \(answers.count) comments")
        var rows = 0
        try PhaseTimer.measure("comments: analyse and write") {
            try AtomicFile.write(to: request.out) { sink in
                rows = try CommentTable.write(answers.map(commentResponse), analyzer: analyzer, to: &sink)
            }
        }
        let summary = "\(rows) comments from \(path), with language, sentiment and themes, written to \(request.out)"
        // With the table on standard output, the summary goes to standard error.
        if OutputTarget.isStandardOutput(request.out) {
            return JobResult(notes: [summary], text: { "" }, json: { "" })
        }
        return JobResult(text: { summary + "\n" }, json: { summary + "\n" })
    }

    /// An answer as the comment table takes it.
    static func commentResponse(_ a: NPSAnswers.Answer) -> CommentResponse {
        CommentResponse(customerID: a.customerID, date: a.day.description, score: Int(a.score), comment: a.comment)
    }
}
