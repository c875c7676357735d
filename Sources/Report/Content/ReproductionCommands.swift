extension ReportContent {
    /// The exact `churncast` command lines that reproduce each part of the report, e.g.
    /// `churncast evaluate --model models/sample-model.json --data datasets/sample --as-of 2026-06-30`.
    /// A part whose command is nil is shown without one.
    public struct ReproductionCommands: Codable, Equatable, Sendable {
        /// Makes the model file.
        public var train: String?
        /// Gives the evaluation figures and curves.
        public var evaluate: String?
        /// Gives the risk bands and the customers at risk.
        public var score: String?
        /// Gives the overall NPS forecast.
        public var forecast: String?
        /// Gives the per-segment NPS forecast.
        public var segmentForecast: String?
        /// Makes this report.
        public var report: String?
        /// Reads the comments (sentiment and themes), e.g. `churncast comments --data DIR --out FILE.csv`.
        public var comments: String?

        public init(train: String? = nil, evaluate: String? = nil, score: String? = nil, forecast: String? = nil,
                    segmentForecast: String? = nil, report: String? = nil, comments: String? = nil) {
            self.comments = comments
            self.train = train
            self.evaluate = evaluate
            self.score = score
            self.forecast = forecast
            self.segmentForecast = segmentForecast
            self.report = report
        }
    }
}
