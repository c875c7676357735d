import Features
import LinearAlgebra
import Evaluation
import Forecast
import Foundation
import Support
import Ingest

/// `churncast train`: stacks the snapshots, standardises the features, fits the churn logistic regression and the
/// next-score linear regression, and returns the model to write (a separate value from the configuration).
public struct Trainer: Sendable {
    public let config: TrainingConfig

    public init(_ config: TrainingConfig) { self.config = config }

    /// The trained model and what the user should know about it (thin data, dropped snapshots).
    public struct Outcome: Sendable {
        public var model: ChurnCastModel
        public var warnings: [String]
    }

    public func train(customers: CustomerTable, nps: [NPSResponse], engagement: EngagementSource,
                      createdAt: String) throws -> Outcome {
        try config.validate()
        var table = try PhaseTimer.measure("train: snapshots") {
            try SnapshotBuilder(config.snapshot).build(customers: customers, nps: nps, engagement: engagement)
        }
        var warnings: [String] = []
        // Snapshots whose outcome period runs past the data have labels that may still change: leave them out.
        let complete = table.snapshotDates.indices.filter { table.labelsComplete(snapshot: $0) }
        if complete.count < table.snapshotDates.count {
            let dropped = table.snapshotDates.indices.filter { !complete.contains($0) }.map { table.snapshotDates[$0].description }
            guard !complete.isEmpty else {
                throw PipelineError.labelsIncomplete(
                    asOf: dropped.joined(separator: ","),
                    horizonEnd: table.snapshotDates.last!.adding(days: table.horizonDays).description,
                    latestData: table.latestDataDay?.description ?? "(no dates)")
            }
            warnings.append("left out snapshot(s) \(dropped.joined(separator: ", ")): their \(table.horizonDays)-day outcome period runs past the end of the data (\(table.latestDataDay?.description ?? "?"))")
            PhaseTimer.measure("train: select complete snapshots") { table.keepSnapshots(complete) }
        }
        guard table.rowCount > 0 else { throw PipelineError.noRows(what: "no customer is active at any training as-of date") }

        let scaler = PhaseTimer.measure("train: scaler") {
            FeatureScaler(fitting: table.values, rows: table.rowCount, names: table.featureNames)
        }
        let used = table.featureNames.indices.filter { scaler.standardDeviations[$0] > 0 }
        let usedNames = used.map { table.featureNames[$0] }
        let y = table.churned.map(Double.init)
        // What needs the raw feature values comes first: the design then takes over their buffer.
        let rule = PhaseTimer.measure("train: rule baseline") { RuleBaseline(training: table) }
        let fingerprint = PhaseTimer.measure("train: fingerprint") {
            var fingerprint = Fingerprint()
            fingerprint.combine(table.featureNames.joined(separator: ","))
            fingerprint.combine(table.values)
            fingerprint.combine(y)
            fingerprint.combine(table.nextScore)
            return fingerprint
        }
        let x = PhaseTimer.measure("train: design") { scaler.design(consuming: &table, columns: used) }

        // Churn.
        let churners = table.churned.reduce(0) { $0 + Int($1) }
        guard churners > 0, churners < table.rowCount else {
            throw PipelineError.tooLittleData("the training snapshots have \(churners) churners among \(table.rowCount) rows; a churn model needs both churners and stayers")
        }
        if churners < 10 * usedNames.count {
            warnings.append("only \(churners) churners for \(usedNames.count) features (fewer than 10 per feature): coefficients are uncertain")
        }
        let (l2, l2Choice) = try chooseL2(x: x, y: y, customerIndex: table.customerIndex)
        let churn = try PhaseTimer.measure("train: churn fit") {
            try ModelFitting.fitChurn(x: x, y: y, names: usedNames, l2: l2, balanced: config.classWeight == "balanced")
        }
        let p = PhaseTimer.measure("train: churn predict") { churn.predict(x) }
        let metrics = try PhaseTimer.measure("train: churn metrics") {
            try ChurnMetrics.evaluate(probabilities: p, outcomes: table.churned.map { $0 == 1 }, what: "churn model (training)")
        }

        // Next-period score, on the rows that have one.
        let answered = (0..<table.rowCount).filter { !table.nextScore[$0].isNaN }
        guard answered.count > usedNames.count + 1 else {
            throw PipelineError.tooLittleData("only \(answered.count) snapshot rows have a next-period NPS response; the score model needs more than \(usedNames.count + 1)")
        }
        let xs = PhaseTimer.measure("train: score rows") { x.rows(at: answered) }
        let ys = answered.map { table.nextScore[$0] }
        let scoreStart = (PhaseTimer.now(), PhaseTimer.processorTime())
        let score = try ModelFitting.fitScore(x: xs, y: ys, names: usedNames, ridge: config.ridge)
        if PhaseTimer.enabled {
            PhaseTimer.report("train: score fit (\(score.solver), condition \(score.conditionNumber))",
                              seconds: PhaseTimer.now() - scoreStart.0, processorSeconds: PhaseTimer.processorTime() - scoreStart.1)
        }
        let fitted = score.predict(xs)
        let calibration = PhaseTimer.measure("train: score calibration") { ScoreCategoryCalibration(predicted: fitted, actual: ys) }
        let scoreErrors = try RegressionMetrics.evaluate(predicted: fitted, actual: ys, what: "score model (training)")


        let responded = table.nextResponseCount.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        var model = ChurnCastModel(
            createdAt: createdAt,
            training: .init(snapshots: table.snapshotDates.map(\.description), horizonDays: table.horizonDays,
                            rows: table.rowCount, customers: table.distinctCustomerCount, churners: churners,
                            npsRows: answered.count, fingerprint: fingerprint.hex,
                            latestDataDay: table.latestDataDay?.description, warnings: warnings),
            snapshot: config.snapshot, encoding: table.encoding,
            features: table.featureNames.indices.map {
                .init(name: table.featureNames[$0], mean: scaler.means[$0],
                      standardDeviation: scaler.standardDeviations[$0], constant: scaler.standardDeviations[$0] == 0)
            },
            churn: .init(l2: l2, classWeight: config.classWeight, l2Choice: l2Choice, terms: churn.terms,
                         iterations: churn.iterations, maxGradient: churn.maxGradient, converged: churn.converged,
                         logLikelihood: churn.logLikelihood, nullLogLikelihood: churn.nullLogLikelihood,
                         pseudoR2: churn.pseudoR2, baseRate: Double(churners) / Double(table.rowCount),
                         bands: RiskBands(trainingPredictions: p), penalisedStandardErrors: l2 > 0,
                         ruleFlaggedRate: rule.flaggedRate, ruleUnflaggedRate: rule.unflaggedRate),
            nps: .init(ridge: config.ridge, terms: score.terms, residualStandardError: score.residualStandardError,
                       calibration: calibration, rSquared: score.rSquared, rows: answered.count),
            responseRate: Double(responded) / Double(table.rowCount),
            metrics: .init(churnAUC: metrics.rocAUC, churnLogLoss: metrics.logLoss, churnBrier: metrics.brierScore,
                           nextScoreRMSE: scoreErrors.rmse, nextScoreMAE: scoreErrors.mae),
            forecastModelError: .none)
        // The forecast's model error, from forecasting every training snapshot's next period.
        let quarters = try PhaseTimer.measure("train: forecast model error") {
            let runner = ForecastRunner(model: model, customers: customers, responses: nps)
            // The design `x` is the model's own standardisation of `table` (same means, deviations, columns).
            return try runner.backtestQuarters(table: table, predictions: model.predict(design: x))
        }
        model.forecastModelError = Backtest.modelError(quarters)
        return Outcome(model: model, warnings: warnings)
    }

    /// λ by the documented default, or by grouped K-fold cross-validation on held-out log loss.
    func chooseL2(x: Matrix, y: [Double], customerIndex: [Int32]) throws -> (Double, String) {
        guard config.cvFolds > 1 else { return (config.l2, "default λ = \(config.l2) (standardised features)") }
        let k = config.cvFolds
        // Fold of a customer: a fixed hash of its index, so all its snapshots fall in one fold.
        let fold = customerIndex.map { Int((UInt64(bitPattern: Int64($0)) &* 0x9E37_79B9_7F4A_7C15) >> 32) % k }
        var best = (lambda: config.l2Grid[0], loss: Double.infinity)
        var scores: [String] = []
        for lambda in config.l2Grid {
            var total = 0.0, count = 0
            for f in 0..<k {
                let train = fold.indices.filter { fold[$0] != f }, test = fold.indices.filter { fold[$0] == f }
                guard !test.isEmpty, !train.isEmpty else { continue }
                let m = try ModelFitting.fitChurn(x: x.rows(at: train), y: train.map { y[$0] }, names: nil,
                                                  l2: lambda, balanced: config.classWeight == "balanced")
                let p = m.predict(x.rows(at: test))
                for (k, i) in test.enumerated() { let q = min(max(p[k], 1e-15), 1 - 1e-15); total -= y[i] == 1 ? log(q) : log(1 - q) }
                count += test.count
            }
            let loss = total / Double(max(1, count))
            scores.append("λ=\(lambda): \(loss)")
            if loss < best.loss { best = (lambda, loss) }
        }
        return (best.lambda, "grouped \(k)-fold cross-validation by customer, held-out log loss: " + scores.joined(separator: "; "))
    }
}
