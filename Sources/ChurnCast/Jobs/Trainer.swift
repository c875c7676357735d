import Evaluation
import Features
import Forecast
import Foundation
import Ingest
import LinearAlgebra
import Models
import Support

/// `churncast train`: stacks the snapshots, standardises the features, fits the churn logistic regression and the
/// next-score linear regression, and returns the model to write (a separate value from the configuration).
///
/// Four stages, each timed (`CHURNCAST_TIMING`): the training table, the churn fit, the score fit and the
/// forecast's model error; the model is assembled once, from their results.
public struct Trainer: Sendable {
    public let config: TrainingConfig
    /// Built-in features set to 0 in the training table (`train --exclude`), so that the models do not use them
    /// (a constant feature is left out).
    public var leftOutFeatures: [BuiltInFeature] = []
    /// The responses' comment sentiments while still being worked out (`SnapshotBuilder.build`); `nil`: the
    /// responses' own.
    public var sentiments: PendingSentiments?

    public init(_ config: TrainingConfig) { self.config = config }

    /// The trained model and what the user should know about it (thin data, dropped snapshots).
    public struct Outcome: Sendable {
        public var model: ChurnCastModel
        public var warnings: [String]
    }

    public func train(customers: CustomerTable, nps: [NPSResponse], engagement: EngagementSource,
                      createdAt: String) throws -> Outcome {
        try config.validate()
        var warnings: [String] = []
        let design = try PhaseTimer.measure("train: table") {
            try TrainingDesign(consuming: trainingTable(customers: customers, nps: nps, engagement: engagement,
                                                        warnings: &warnings))
        }
        let churn = try PhaseTimer.measure("train: churn fit") { try fitChurn(design, warnings: &warnings) }
        guard !nps.isEmpty else { return Outcome(model: churnOnly(design, churn, createdAt: createdAt, warnings: warnings), warnings: warnings) }
        let score = try PhaseTimer.measure("train: score fit") { try fitScore(design) }
        let (backtest, response) = try PhaseTimer.measure("train: forecast error") {
            // The churn probabilities are the fit's own (`churn.section.predictor` on the same design).
            let predictions = Predictions(design: design.x, churnProbability: churn.probabilities,
                                          score: score.section.predictor, calibration: score.section.calibration)
            // The design `x` is the model's own standardisation of the table (same means, deviations, columns).
            let runner = ForecastRunner(customers: customers, responses: nps)
            let histories = runner.responseHistories(table: design.table)
            let response = try runner.fitResponseModel(table: design.table, predictions: predictions,
                                                       histories: histories)
            return (try runner.backtestQuarters(table: design.table, predictions: predictions,
                                                responseModel: response, histories: histories), response)
        }
        let combination = ForecastCombination.fit(backtest)
        let model = ChurnCastModel(
            createdAt: createdAt, training: design.info(churners: churn.churners, npsRows: score.section.rows,
                                                        warnings: warnings),
            snapshot: config.snapshot.recording(design.table), encoding: design.table.encoding, features: design.featureSpecs,
            churn: churn.section, nps: score.section, responseRate: design.responseRate,
            metrics: .init(churnAUC: churn.metrics.rocAUC, churnLogLoss: churn.metrics.logLoss,
                           churnBrier: churn.metrics.brierScore, nextScoreRMSE: score.errors.rmse,
                           nextScoreMAE: score.errors.mae),
            forecastModelError: Backtest.combinedModelError(backtest),
            forecastCombination: combination, forecastBacktest: backtest, forecastResponseModel: response)
        return Outcome(model: model, warnings: warnings)
    }

    /// The model of a base without an NPS export (SPEC §1, churn alone): the churn fit, an empty score section
    /// marked `npsAbsent`, no forecast error (score metrics NaN, written as "nan").
    func churnOnly(_ design: TrainingDesign, _ churn: ChurnStage,
                   createdAt: String, warnings: [String]) -> ChurnCastModel {
        let none = ChurnCastModel.NPSSection(ridge: config.ridge, terms: [], residualStandardError: .nan,
                                             calibration: .none, rSquared: .nan, rows: 0)
        return ChurnCastModel(
            createdAt: createdAt, training: design.info(churners: churn.churners, npsRows: 0, warnings: warnings),
            snapshot: config.snapshot.recording(design.table), encoding: design.table.encoding, features: design.featureSpecs,
            churn: churn.section, nps: none, responseRate: design.responseRate,
            metrics: .init(churnAUC: churn.metrics.rocAUC, churnLogLoss: churn.metrics.logLoss,
                           churnBrier: churn.metrics.brierScore, nextScoreRMSE: .nan, nextScoreMAE: .nan),
            forecastModelError: .none, npsAbsent: true)
    }

    /// The stacked snapshots whose outcome periods the data cover; the others are left out with a warning
    /// (their labels may still change), and none left is an error.
    func trainingTable(customers: CustomerTable, nps: [NPSResponse], engagement: EngagementSource,
                       warnings: inout [String]) throws -> FeatureTable {
        var table = try SnapshotBuilder(config.snapshot).build(customers: customers, nps: nps, engagement: engagement,
                                                               sentiments: sentiments)
        for f in leftOutFeatures { table.values.replaceSubrange(f.column * table.rowCount..<(f.column + 1) * table.rowCount,
                                                                with: repeatElement(0, count: table.rowCount)) }
        let complete = table.snapshotDates.indices.filter { table.labelsComplete(snapshot: $0) }
        if complete.count < table.snapshotDates.count {
            let dropped = table.snapshotDates.indices.filter { !complete.contains($0) }
                .map { table.snapshotDates[$0].description }
            let latest = table.latestDataDay?.description
            guard !complete.isEmpty else {
                throw PipelineError.labelsIncomplete(
                    asOf: dropped.joined(separator: ","),
                    horizonEnd: table.snapshotDates.last!.adding(days: table.horizonDays).description,
                    latestData: latest ?? "(no dates)")
            }
            warnings.append("left out snapshot(s) \(dropped.joined(separator: ", ")): their \(table.horizonDays)-day outcome period runs past the end of the data (\(latest ?? "?"))")
            table.keepSnapshots(complete)
        }
        guard table.rowCount > 0 else { throw PipelineError.noRows(what: "no customer is active at any training as-of date") }
        return table
    }

    /// What the churn stage gives the model, and its in-sample probabilities for the forecast stage.
    typealias ChurnStage = (section: ChurnCastModel.ChurnSection, metrics: ChurnMetrics, churners: Int,
                            probabilities: [Double])

    /// The churn stage: λ (default or cross-validated), the logistic fit, its risk bands and in-sample metrics.
    func fitChurn(_ d: TrainingDesign, warnings: inout [String]) throws -> ChurnStage {
        let churners = d.table.churned.reduce(0) { $0 + Int($1) }
        let rows = d.table.rowCount, features = d.usedNames.count
        guard churners > 0, churners < rows else {
            throw PipelineError.tooLittleData("the training snapshots have \(churners) churners among \(rows) rows; a churn model needs both churners and stayers")
        }
        if churners < 10 * features {
            warnings.append("only \(churners) churners for \(features) features (fewer than 10 per feature): coefficients are uncertain")
        }
        let (l2, l2Choice, validation) = try chooseL2(d)
        // On a large table, Newton's method starts from a subsample's fit (same maximum, about half the passes).
        let regression = logisticRegression(l2: l2)
        let start = PhaseTimer.measure("train: churn warm start") { regression.warmStart(x: d.x, y: d.y) }
        let fit = try PhaseTimer.measure("train: churn Newton") {
            try regression.fit(x: d.x, y: d.y, names: d.usedNames, start: start)
        }
        let p = fit.predictor.probability(d.x)
        let metrics = try ChurnMetrics.evaluate(probabilities: p, outcomes: d.table.churned.map { $0 == 1 },
                                                what: "churn model (training)")
        var section = ChurnCastModel.ChurnSection(
            fit: fit, l2Choice: l2Choice, baseRate: Double(churners) / Double(rows),
            bands: RiskBands(trainingPredictions: p), rule: d.rule)
        section.l2Validation = validation
        return (section, metrics, churners, p)
    }

    /// The score stage: the next-period score regression on the rows that have one, its category calibration
    /// and in-sample errors.
    func fitScore(_ d: TrainingDesign) throws -> (section: ChurnCastModel.NPSSection, errors: RegressionMetrics) {
        let answered = (0..<d.table.rowCount).filter { !d.table.nextScore[$0].isNaN }
        let features = d.usedNames.count
        guard answered.count > features + 1 else {
            throw PipelineError.tooLittleData("only \(answered.count) snapshot rows have a next-period NPS response; the score model needs more than \(features + 1)")
        }
        let xs = d.x.rows(at: answered)
        let ys = answered.map { d.table.nextScore[$0] }
        // The design is standardised and well-conditioned: normal equations (one XᵀX pass) instead of pivoted QR
        // with refinement, ~10× faster on a million rows; the solver falls back to QR if the condition check fails.
        let fit = try LinearRegression(intercept: true, ridge: config.ridge, solver: .normalEquations)
            .fit(x: xs, y: ys, names: d.usedNames)
        let fitted = fit.predictor.predict(xs)
        let section = ChurnCastModel.NPSSection(
            fit: fit, calibration: ScoreCategoryCalibration(predicted: fitted, actual: ys))
        return (section, try RegressionMetrics.evaluate(predicted: fitted, actual: ys, what: "score model (training)"))
    }

    /// The churn regression's configuration at penalty `l2`.
    func logisticRegression(l2: Double) -> LogisticRegression {
        LogisticRegression(l2: l2, classWeight: config.classWeight)
    }
}
