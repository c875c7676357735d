/// Everything the evaluation reports about predicted churn probabilities against what happened: ranking quality
/// (ROC-AUC, PR-AUC), probability quality (log loss, Brier score, calibration), targeting value (lift and capture
/// at the top decile, cumulative gains) and the curves for charts.
///
/// All figures come from one sort of the predictions; tied scores are handled exactly (ROC-AUC counts a tie as one
/// half, as the Mann–Whitney statistic does) and no figure depends on the order of the rows.
///
/// - Complexity: O(n log n) time, O(n) memory.
public struct ChurnMetrics: Codable, Sendable, Equatable {
    /// Customers evaluated and how many of them churned.
    public var count: Int
    public var churners: Int
    /// Observed churn rate, churners / count.
    public var churnRate: Double
    /// Area under the ROC curve, exact (from all rows, not from the decimated curve).
    public var rocAUC: Double
    /// Average precision (area under the precision–recall step curve), as scikit-learn's `average_precision_score`.
    public var prAUC: Double
    /// Mean negative log-likelihood, probabilities clipped to [ε, 1 − ε] with ε = 2.22·10⁻¹⁶ (machine epsilon, as
    /// scikit-learn 1.9 clips).
    public var logLoss: Double
    /// Mean squared difference between probability and outcome.
    public var brierScore: Double
    /// Calibration table and expected calibration error.
    public var calibration: CalibrationTable
    /// Lift and capture at the top `configuration.topFraction` (the top decile by default).
    public var top: GainsRow
    /// Cumulative gains at each decile (or each 1/`gainsSlices`).
    public var gains: [GainsRow]
    /// ROC curve (x = false-positive rate, y = true-positive rate), decimated for drawing.
    public var rocCurve: [CurvePoint]
    /// Precision–recall curve (x = recall, y = precision), decimated for drawing.
    public var precisionRecallCurve: [CurvePoint]

    /// Settings of the evaluation; the defaults are what `churncast evaluate` reports.
    public struct Configuration: Codable, Sendable, Equatable {
        /// Number of calibration bins (ECE is computed over these).
        public var calibrationBins: Int
        public var calibrationBinning: CalibrationBinning
        /// Share of customers for the headline lift and capture (0.1 = top decile).
        public var topFraction: Double
        /// Number of slices in the gains table (10 = deciles).
        public var gainsSlices: Int
        /// Most points kept in each curve for charts.
        public var curvePoints: Int

        public init(calibrationBins: Int = 10, calibrationBinning: CalibrationBinning = .equalCount,
                    topFraction: Double = 0.1, gainsSlices: Int = 10, curvePoints: Int = 200) {
            self.calibrationBins = calibrationBins
            self.calibrationBinning = calibrationBinning
            self.topFraction = topFraction
            self.gainsSlices = gainsSlices
            self.curvePoints = curvePoints
        }

        /// Throws `EvaluationError.invalidConfiguration` naming the first bad field.
        public func validate() throws {
            if calibrationBins < 1 || calibrationBins > 1000 {
                throw EvaluationError.invalidConfiguration(field: "calibrationBins", expected: "an integer in 1...1000",
                                                           found: String(calibrationBins))
            }
            if !(topFraction > 0 && topFraction <= 1) {
                throw EvaluationError.invalidConfiguration(field: "topFraction", expected: "a share in (0, 1]",
                                                           found: String(topFraction))
            }
            if gainsSlices < 1 || gainsSlices > 1000 {
                throw EvaluationError.invalidConfiguration(field: "gainsSlices", expected: "an integer in 1...1000",
                                                           found: String(gainsSlices))
            }
            if curvePoints < 2 {
                throw EvaluationError.invalidConfiguration(field: "curvePoints", expected: "at least 2",
                                                           found: String(curvePoints))
            }
        }
    }

    /// Evaluates predicted churn probabilities against outcomes (`true` = churned in the horizon).
    ///
    /// - Parameter what: names the predictor in error messages ("churn model", "rule baseline").
    /// - Throws: `EvaluationError` when there are no rows, only one outcome class, or a probability outside [0, 1].
    public static func evaluate(probabilities: [Double], outcomes: [Bool],
                                configuration: Configuration = Configuration(),
                                what: String = "predictions") throws -> ChurnMetrics {
        precondition(probabilities.count == outcomes.count, "probabilities and outcomes differ in length")
        try configuration.validate()
        guard !probabilities.isEmpty else { throw EvaluationError.empty(what: what) }
        var churners = 0
        for i in probabilities.indices {
            let p = probabilities[i]
            guard p >= 0 && p <= 1 else { throw EvaluationError.invalidProbability(what: what, row: i, found: p) }
            if outcomes[i] { churners += 1 }
        }
        let n = probabilities.count
        guard churners > 0 && churners < n else {
            throw EvaluationError.singleClass(what: what, rows: n, positives: churners)
        }
        let ranked = RankedOutcomes(scores: probabilities, outcomes: outcomes)
        let (logLoss, brier) = ranked.logLossAndBrier
        let topCustomers = Double(n) * configuration.topFraction
        let topChurners = ranked.positivesInTop(topCustomers)
        let topCapture = topChurners / Double(churners)
        let top = GainsRow(depth: configuration.topFraction, customers: topCustomers, churners: topChurners,
                           capture: topCapture, lift: topCapture / configuration.topFraction,
                           sliceRate: topChurners / topCustomers)
        return ChurnMetrics(
            count: n, churners: churners, churnRate: Double(churners) / Double(n),
            rocAUC: ranked.rocAUC, prAUC: ranked.averagePrecision,
            logLoss: logLoss, brierScore: brier,
            calibration: CalibrationTable(ranked: ranked, binning: configuration.calibrationBinning,
                                          binCount: configuration.calibrationBins),
            top: top, gains: GainsRow.table(ranked, slices: configuration.gainsSlices),
            rocCurve: CurvePoint.decimate(ranked.rocPoints, maxPoints: configuration.curvePoints),
            precisionRecallCurve: CurvePoint.decimate(ranked.precisionRecallPoints,
                                                      maxPoints: configuration.curvePoints))
    }

    /// The base-rate baseline: every customer given the same probability (normally the training churn rate).
    /// Its ROC-AUC is 0.5 and its PR-AUC the observed churn rate; its log loss and Brier score are the floor a
    /// model has to beat.
    public static func baseRate(_ rate: Double, outcomes: [Bool], configuration: Configuration = Configuration())
        throws -> ChurnMetrics {
        try evaluate(probabilities: [Double](repeating: rate, count: outcomes.count), outcomes: outcomes,
                     configuration: configuration, what: "base-rate baseline")
    }
}
