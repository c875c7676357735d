/// Everything the report shows, as plain data: the pipeline (train → evaluate → score → forecast) fills it,
/// `HTMLReport` and `NotebookExport` draw it. It holds summaries only (curves of a few hundred points, deciles,
/// bins, bands, the top customers), so its size does not grow with the number of customers.
///
/// Dates are `YYYY-MM-DD` text, so this module needs nothing from the ingest layer.
public struct ReportContent: Codable, Equatable, Sendable {
    /// The page title, e.g. "ChurnCast report: sample data, as of 2026-06-30".
    public var title: String
    /// When the report was made, as the pipeline wants it shown (e.g. an ISO-8601 timestamp).
    public var generatedAt: String
    /// The rows the models were trained on.
    public var training: DataDescription
    /// The later rows the churn model was evaluated on; nil when there was no evaluation.
    public var evaluation: DataDescription?
    /// The headline figures of the evaluation.
    public var headline: HeadlineMetrics
    /// The ROC curve of the churn model on the evaluation rows, from (0, 0) to (1, 1).
    /// A few hundred points are plenty; longer curves are thinned when drawn.
    public var roc: [ROCPoint]
    /// The precision–recall curve of the churn model on the evaluation rows.
    public var precisionRecall: [PRPoint]
    /// The calibration table: predicted against observed churn per probability bin.
    public var calibration: [CalibrationBin]
    /// Cumulative gains at each decile of customers sorted by risk (10 rows, riskiest first).
    public var gains: [GainsRow]
    /// How many customers fall in each risk band, lowest risk first.
    public var riskBands: [RiskBandRow]
    /// NPS in each quarter of the history, oldest first.
    public var npsHistory: [NPSQuarter]
    /// The next quarter's NPS forecast; nil when there is none.
    public var npsForecast: NPSForecast?
    /// The churn model's standardised coefficients with 95% intervals (the intercept left out).
    public var churnCoefficients: [Coefficient]
    /// The next-score (NPS) model's standardised coefficients with 95% intervals; empty to leave the chart out.
    public var npsCoefficients: [Coefficient]
    /// The attribute the segment forecasts are split by (e.g. "plan"); nil when there are none.
    public var segmentAttribute: String?
    /// The next quarter's NPS forecast per segment.
    public var segmentForecasts: [SegmentForecast]
    /// The customers most at risk, riskiest first (the report shows at most 20).
    public var atRisk: [AtRiskCustomer]
    /// Past quarters forecast from the data before them and compared with what happened; empty when not run.
    public var backtest: [BacktestRow]
    /// The `churncast` commands that reproduce each part, shown in the notebook and at the end of the page.
    public var commands: ReproductionCommands
    /// A plain-language reading of the results; nil to have `PlainLanguageReading` write one from the numbers.
    public var reading: String?

    // The business today (issue 13). Each part is optional, so content written before them still renders; a part
    // that is nil is left out of the page and the notebook.

    /// The headline: current NPS, its change, customers and revenue at risk.
    public var today: BusinessToday?
    /// NPS by calendar quarter with the promoter/passive/detractor shares, oldest first (`npsForecast` follows).
    public var npsByQuarter: [QuarterNPS]?
    /// NPS per segment, each tested against the rest, with next quarter's forecast.
    public var segmentNPS: SegmentNPSTable?
    /// The riskiest customers to call, with the full list's file name.
    public var callList: CallList?
    /// The detractors of the last days with their comments.
    public var followUps: FollowUpList?
    /// What customers say in their comments.
    public var voice: CustomerVoice?
    /// What moves churn risk, by feature family, strongest first.
    public var riskFamilies: [RiskFamily]?
    /// The data files written beside the report, which the notebook reads.
    public var files: SideFiles?

    public init(title: String, generatedAt: String, training: DataDescription, evaluation: DataDescription?,
                headline: HeadlineMetrics, roc: [ROCPoint], precisionRecall: [PRPoint],
                calibration: [CalibrationBin], gains: [GainsRow], riskBands: [RiskBandRow],
                npsHistory: [NPSQuarter], npsForecast: NPSForecast?, churnCoefficients: [Coefficient],
                npsCoefficients: [Coefficient] = [], segmentAttribute: String? = nil,
                segmentForecasts: [SegmentForecast] = [], atRisk: [AtRiskCustomer], backtest: [BacktestRow] = [],
                commands: ReproductionCommands, reading: String? = nil, today: BusinessToday? = nil,
                npsByQuarter: [QuarterNPS]? = nil, segmentNPS: SegmentNPSTable? = nil, callList: CallList? = nil,
                followUps: FollowUpList? = nil, voice: CustomerVoice? = nil, riskFamilies: [RiskFamily]? = nil,
                files: SideFiles? = nil) {
        self.title = title
        self.generatedAt = generatedAt
        self.training = training
        self.evaluation = evaluation
        self.headline = headline
        self.roc = roc
        self.precisionRecall = precisionRecall
        self.calibration = calibration
        self.gains = gains
        self.riskBands = riskBands
        self.npsHistory = npsHistory
        self.npsForecast = npsForecast
        self.churnCoefficients = churnCoefficients
        self.npsCoefficients = npsCoefficients
        self.segmentAttribute = segmentAttribute
        self.segmentForecasts = segmentForecasts
        self.atRisk = atRisk
        self.backtest = backtest
        self.commands = commands
        self.reading = reading
        self.today = today
        self.npsByQuarter = npsByQuarter
        self.segmentNPS = segmentNPS
        self.callList = callList
        self.followUps = followUps
        self.voice = voice
        self.riskFamilies = riskFamilies
        self.files = files
    }

    /// Whether any part about the business today is present; then the page opens with it and the evaluation
    /// becomes a later, dated part.
    public var hasToday: Bool {
        today != nil || npsByQuarter != nil || segmentNPS != nil || callList != nil || followUps != nil
            || voice != nil || riskFamilies != nil
    }

    /// The reading shown on the page: the given one, or one written from the numbers.
    /// With today's parts, it reads the evaluation alone (it is shown in the evaluation's part).
    public var resolvedReading: String {
        reading ?? (hasToday ? PlainLanguageReading.evaluation(self) : PlainLanguageReading.make(self))
    }
}
