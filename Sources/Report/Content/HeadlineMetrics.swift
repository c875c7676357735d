extension ReportContent {
    /// The figures a reader looks at first: how well the churn model ranks and predicts, against simple baselines,
    /// and how well the next-score model predicts each respondent's next score.
    public struct HeadlineMetrics: Codable, Equatable, Sendable {
        /// Area under the ROC curve (0.5 is chance, 1 is perfect ranking).
        public var rocAUC: Double
        /// Area under the precision–recall curve (average precision); chance equals the churn rate.
        public var prAUC: Double
        /// Mean squared error of the predicted probabilities (lower is better).
        public var brier: Double
        /// Mean negative log-likelihood of the outcomes (lower is better).
        public var logLoss: Double
        /// Churn rate among the top 10% riskiest customers divided by the overall churn rate.
        public var topDecileLift: Double
        /// Share of all churners found among the top 10% riskiest customers.
        public var topDecileCapture: Double
        /// The same figures for simple baselines (e.g. the base rate, or "days since last engagement").
        public var baselines: [BaselineMetrics]
        /// Errors predicting each respondent's next NPS score; nil when not evaluated.
        public var nextScore: NextScoreErrors?

        public init(rocAUC: Double, prAUC: Double, brier: Double, logLoss: Double, topDecileLift: Double,
                    topDecileCapture: Double, baselines: [BaselineMetrics] = [], nextScore: NextScoreErrors? = nil) {
            self.rocAUC = rocAUC
            self.prAUC = prAUC
            self.brier = brier
            self.logLoss = logLoss
            self.topDecileLift = topDecileLift
            self.topDecileCapture = topDecileCapture
            self.baselines = baselines
            self.nextScore = nextScore
        }
    }

    /// A naive churn predictor's figures, to show what the model adds. A figure a baseline cannot have
    /// (e.g. the ROC-AUC of a constant) is nil.
    public struct BaselineMetrics: Codable, Equatable, Sendable {
        public var name: String
        public var rocAUC: Double?
        public var brier: Double?

        public init(name: String, rocAUC: Double?, brier: Double?) {
            self.name = name
            self.rocAUC = rocAUC
            self.brier = brier
        }
    }

    /// Next-score errors in score points (0–10 scale) for the model and for carrying each customer's
    /// last score forward.
    public struct NextScoreErrors: Codable, Equatable, Sendable {
        public var rmse: Double
        public var mae: Double
        public var baselineRMSE: Double
        public var baselineMAE: Double
        /// Respondents the errors are over.
        public var count: Int

        public init(rmse: Double, mae: Double, baselineRMSE: Double, baselineMAE: Double, count: Int) {
            self.rmse = rmse
            self.mae = mae
            self.baselineRMSE = baselineRMSE
            self.baselineMAE = baselineMAE
            self.count = count
        }
    }
}
