import Evaluation
import Features
import Ingest

/// `churncast evaluate`: scores a snapshot later than every training snapshot and compares with what happened,
/// beside the baselines a team would otherwise use.
public struct Evaluator: Sendable {
    public let model: ChurnCastModel

    public init(model: ChurnCastModel) { self.model = model }

    /// Churn and next-score figures of one evaluation snapshot.
    public struct ChurnEvaluation: Codable, Sendable {
        public var asOf: String
        public var horizonDays: Int
        public var customers: Int
        public var churners: Int
        public var model: ChurnMetrics
        public var baseRate: ChurnMetrics
        public var rule: ChurnMetrics
        /// ROC-AUC of the planted hazard applied to the true latent state (synthetic data only).
        public var oracleAUC: Double?
        /// Share of the way from 0.5 to the oracle's AUC that the model closes.
        public var gapClosed: Double?
        public var nextScore: RegressionMetrics?
        public var nextScoreCarryForward: RegressionMetrics?
    }

    /// Refuses an as-of date that is not later than every training snapshot, or whose outcome period the data
    /// does not cover yet.
    public func checkDate(_ asOf: Day, table: FeatureTable) throws {
        if let text = model.training.snapshots.last, let last = Day.parse(text), asOf <= last {
            throw PipelineError.notLaterThanTraining(asOf: asOf.description, lastTraining: text)
        }
        if !table.labelsComplete(snapshot: 0) {
            throw PipelineError.labelsIncomplete(asOf: asOf.description,
                                                 horizonEnd: asOf.adding(days: table.horizonDays).description,
                                                 latestData: table.latestDataDay?.description ?? "(no dates)")
        }
    }

    /// Churn metrics of the model and the baselines, and next-score errors, on `table` (one snapshot).
    public func evaluateChurn(table: FeatureTable, predictions: Predictions,
                              oracle: [Double]? = nil) throws -> ChurnEvaluation {
        let outcomes = table.churned.map { $0 == 1 }
        let m = try ChurnMetrics.evaluate(probabilities: predictions.churnProbability, outcomes: outcomes,
                                          what: "churn model")
        let base = try ChurnMetrics.baseRate(model.churn.baseRate, outcomes: outcomes)
        let rule = RuleBaseline(flaggedRate: model.churn.ruleFlaggedRate, unflaggedRate: model.churn.ruleUnflaggedRate)
        let r = try ChurnMetrics.evaluate(probabilities: rule.probabilities(table), outcomes: outcomes,
                                          what: "rule baseline")
        var oracleAUC: Double?
        if let o = oracle {
            oracleAUC = try ChurnMetrics.evaluate(probabilities: o, outcomes: outcomes, what: "oracle").rocAUC
        }
        let answered = (0..<table.rowCount).filter { !table.nextScore[$0].isNaN }
        var next: RegressionMetrics?, carry: RegressionMetrics?
        if model.hasScoreModel, !answered.isEmpty {
            let actual = answered.map { table.nextScore[$0] }
            next = try RegressionMetrics.evaluate(predicted: answered.map { predictions.expectedScore[$0] },
                                                  actual: actual, what: "score model")
            // Carry forward: the last score, or the training mean next score for customers with none.
            let fallback = model.nps.predictor.intercept
            carry = try RegressionMetrics.evaluate(
                predicted: answered.map { table.value(row: $0, .hasNoNPS) >= 0.5 ? fallback : table.value(row: $0, .npsLastScore) },
                actual: actual, what: "carry-forward baseline")
        }
        let churners = outcomes.filter { $0 }.count
        return ChurnEvaluation(
            asOf: table.snapshotDates.first?.description ?? "", horizonDays: table.horizonDays,
            customers: table.rowCount, churners: churners, model: m, baseRate: base, rule: r,
            oracleAUC: oracleAUC, gapClosed: oracleAUC.map { ($0 - 0.5) > 0 ? (m.rocAUC - 0.5) / ($0 - 0.5) : .nan },
            nextScore: next, nextScoreCarryForward: carry)
    }
}
