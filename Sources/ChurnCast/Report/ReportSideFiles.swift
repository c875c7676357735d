import Comments
import Ingest
import Report
import Support

/// Writes the data files beside the report that its notebook reads with pandas (`ReportContent.SideFiles`):
/// today's scores, the forecast and the evaluation as their commands write them, the comments table and the
/// full list of customers to call.
struct ReportSideFiles {
    /// The folder of the report (where `BASE.html` goes).
    let folder: String
    let names: ReportContent.SideFiles

    /// The standard names for a report written to `base`.
    init(base: String) {
        let html = ReportWriter.paths(for: base).html
        let folder = html.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        self.folder = folder
        names = ReportContent.SideFiles.standard(forBase: base)
    }

    /// `name` in the report's folder.
    func path(_ name: String) -> String { folder.isEmpty ? name : folder + "/" + name }

    func write(today: TodaySnapshot, evaluation: EvaluationOutcome, answers: [NPSAnswers.Answer],
               analyzer: CommentAnalyzer, toCall: [ReportContent.AtRiskCustomer]) throws {
        if let f = names.scores { try Scorer.write(today.scores, to: path(f)) }
        if let f = names.forecast { try AtomicFile.write(try JSONText.encode(today.forecast) + "\n", to: path(f)) }
        if let f = names.evaluation { try AtomicFile.write(try JSONText.encode(evaluation) + "\n", to: path(f)) }
        if let f = names.comments {
            try AtomicFile.write(to: path(f)) { sink in
                try CommentTable.write(answers.map(CommentsJob.commentResponse), analyzer: analyzer, to: &sink)
            }
        }
        if let f = names.customersToCall { try CallListCSV.write(toCall, to: path(f)) }
    }
}
