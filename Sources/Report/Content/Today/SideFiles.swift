extension ReportContent {
    /// The data files written beside the report, by name (no folder), for the notebook to read with pandas and
    /// the page to link. A file that is nil was not written; the notebook skips what needs it.
    public struct SideFiles: Codable, Equatable, Sendable {
        /// `churncast score` output: one row per active customer, riskiest first.
        public var scores: String?
        /// `churncast forecast --json` output.
        public var forecast: String?
        /// `churncast evaluate --json` output.
        public var evaluation: String?
        /// `churncast comments` output: customer_id, date, score, language, sentiment, sentiment_score, themes.
        public var comments: String?
        /// Every active customer to call, riskiest first (`CallListCSV`).
        public var customersToCall: String?

        public init(scores: String? = nil, forecast: String? = nil, evaluation: String? = nil,
                    comments: String? = nil, customersToCall: String? = nil) {
            self.scores = scores
            self.forecast = forecast
            self.evaluation = evaluation
            self.comments = comments
            self.customersToCall = customersToCall
        }

        /// The standard names for a report written to `basePath` (e.g. "notebooks-export/sample-report" gives
        /// "sample-report-scores.csv", "sample-report-forecast.json", "sample-report-evaluation.json",
        /// "sample-report-comments.csv", "sample-report-customers-to-call.csv").
        public static func standard(forBase basePath: String) -> SideFiles {
            let html = ReportWriter.paths(for: basePath).html
            let stem = String(html.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
                .dropLast(".html".count)
            return SideFiles(scores: stem + "-scores.csv", forecast: stem + "-forecast.json",
                             evaluation: stem + "-evaluation.json", comments: stem + "-comments.csv",
                             customersToCall: stem + "-customers-to-call.csv")
        }

        /// Every file named, with what it is (for the notebook's list).
        var named: [(key: String, file: String)] {
            [("scores", scores), ("forecast", forecast), ("evaluation", evaluation), ("comments", comments),
             ("customers_to_call", customersToCall)].compactMap { k, f in f.map { (k, $0) } }
        }
    }
}
