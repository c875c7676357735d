import Evaluation
import Features
import Foundation
import LinearAlgebra
import Models
import Support

extension Trainer {
    /// At most this many earlier-snapshot rows in each validation fit: above it, a hashed share of the customers.
    static let validationFitRows = 25_000
    /// At most about this many latest-snapshot rows judge the fits (every k-th of the other customers' rows):
    /// ~3,000 churners at a 6% rate, an AUC to about ±0.01; the whole validation stays ~1–2% of train at 1M.
    static let validationRows = 50_000

    /// λ for the churn model, how it was chosen, and the temporal validation's figures when it chose: the user's
    /// `--l2` as given; else grouped K-fold cross-validation when `cvFolds > 1`; else temporal validation
    /// (`temporalValidation`) when there are two or more snapshots; else `TrainingConfig.defaultL2`.
    func chooseL2(_ d: TrainingDesign) throws -> (Double, String, TemporalValidation?) {
        if let given = config.l2 { return (given, "λ = \(given) as given (--l2)", nil) }
        if config.cvFolds > 1 {
            let (l2, text) = try chooseL2(x: d.x, y: d.y, customerIndex: d.table.customerIndex)
            return (l2, text, nil)
        }
        if let v = try PhaseTimer.measure("train: temporal validation", { try temporalValidation(d) }) {
            return (v.chosen.lambda, v.text, v)
        }
        let l2 = TrainingConfig.defaultL2
        return (l2, "default λ = \(l2) (standardised features)", nil)
    }

    /// Temporal validation grouped by customer: customers are split by a hash of their index (`KFold` groups) into
    /// a fitting share (half, or less so that the fit has at most `validationFitRows` rows) and the validation
    /// rest; each λ of the grid is fitted on the fitting half's rows of the earlier
    /// snapshots and judged by held-out log loss on the validation half's rows of the latest snapshot. At the
    /// chosen λ, the model is refitted without each family to show what it adds out of time.
    /// `nil` with one snapshot, or when the validation rows hold no churner or no stayer.
    func temporalValidation(_ d: TrainingDesign) throws -> TemporalValidation? {
        let t = d.table
        guard t.snapshotDates.count >= 2, let last = t.snapshotRows.last else { return nil }
        let earlier = 0..<last.lowerBound
        let parts = max(1, (earlier.count + Self.validationFitRows - 1) / Self.validationFitRows)
        let split = KFold(k: 2 * parts)
        let fitRows = earlier.filter { split.fold(ofGroup: t.customerIndex[$0]) == 1 }
        let others = last.filter { split.fold(ofGroup: t.customerIndex[$0]) != 1 }
        let validationRows = Swift.stride(from: 0, to: others.count, by: max(1, others.count / Self.validationRows))
            .map { others[$0] }
        let outcomes = validationRows.map { d.y[$0] == 1 }
        guard fitRows.count > d.x.columns + 1, outcomes.contains(true), outcomes.contains(false) else { return nil }
        let (xFit, yFit) = (d.x.rows(at: fitRows), fitRows.map { d.y[$0] })
        let xValidation = d.x.rows(at: validationRows)

        func judge(_ lambda: Double, columns: [Int]? = nil) throws -> (TemporalValidation.Candidate, [Double]) {
            let pick = { (m: Matrix) in columns.map { m.selectingColumns($0) } ?? m }
            let x = pick(xFit)
            let fit = try logisticRegression(l2: lambda).fit(x: x, y: yFit, names: (0..<x.columns).map { "x\($0)" })
            let p = fit.predictor.probability(pick(xValidation))
            let metrics = try ChurnMetrics.evaluate(probabilities: p, outcomes: outcomes, what: "temporal validation")
            let losses = zip(p, outcomes).map { Self.logLoss($0, churned: $1) }
            return (.init(lambda: lambda, logLoss: metrics.logLoss, auc: metrics.rocAUC), losses)
        }
        let judged = try config.l2Grid.map { try judge($0) }
        let candidates = judged.map(\.0)
        let l2 = TrainingConfig.defaultL2
        let chosen = Self.choose(judged, default: try judged.first { $0.0.lambda == l2 } ?? judge(l2))
        let byName = FeatureFamily.families(featureNames: t.featureNames, encoding: t.encoding,
                                            activityChannels: t.activityChannels)
        let familyOf = d.usedNames.map { byName[$0] ?? .attribute($0) }
        let families = try Set(familyOf).sorted().compactMap { family -> TemporalValidation.FamilyFigure? in
            let keep = familyOf.indices.filter { familyOf[$0] != family }
            guard !keep.isEmpty else { return nil }
            return .init(family: family.key, aucWithout: try judge(chosen.lambda, columns: keep).0.auc)
        }
        return TemporalValidation(
            fitSnapshots: "\(t.snapshotDates.first!) … \(t.snapshotDates[t.snapshotDates.count - 2])",
            validationSnapshot: t.snapshotDates.last!.description, fitRows: fitRows.count,
            validationRows: validationRows.count, candidates: candidates, chosen: chosen, families: families)
    }

    /// The λ with the lowest held-out log loss, if it beats the default λ by more than one standard error of the
    /// paired per-row difference; else the default: a difference the validation rows cannot tell from noise does
    /// not move λ (and the coefficients) away from the documented default.
    static func choose(_ judged: [(TemporalValidation.Candidate, [Double])],
                       default fallback: (TemporalValidation.Candidate, [Double])) -> TemporalValidation.Candidate {
        let best = judged.min { $0.0.logLoss < $1.0.logLoss }!
        let d = zip(best.1, fallback.1).map { $0 - $1 }
        let n = Double(d.count), mean = d.reduce(0, +) / n
        let se = (d.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / max(1, n - 1) / n).squareRoot()
        return mean < -se ? best.0 : fallback.0
    }

    /// One row's log loss, the probability clipped to [1e-15, 1 − 1e-15].
    static func logLoss(_ p: Double, churned: Bool) -> Double {
        let q = min(max(p, 1e-15), 1 - 1e-15)
        return churned ? -log(q) : -log(1 - q)
    }

    /// λ by K-fold cross-validation grouped by customer (`KFold.testFolds(groups:)`, so all of a customer's
    /// snapshots fall in one fold) on held-out log loss; returns λ and how it was chosen.
    func chooseL2(x: Matrix, y: [Double], customerIndex: [Int32]) throws -> (Double, String) {
        let k = config.cvFolds
        let folds = KFold(k: k).testFolds(groups: customerIndex)
        let names = (0..<x.columns).map { "x\($0)" }
        var best = (lambda: config.l2Grid[0], loss: Double.infinity)
        var scores: [String] = []
        for lambda in config.l2Grid {
            var total = 0.0, count = 0
            for test in folds {
                let train = KFold.trainingRows(count: y.count, test: test)
                guard !test.isEmpty, !train.isEmpty else { continue }
                let fit = try logisticRegression(l2: lambda).fit(x: x.rows(at: train), y: train.map { y[$0] },
                                                                 names: names)
                let p = fit.predictor.probability(x.rows(at: test))
                // Held-out log loss, summed row by row across the folds.
                for (k, i) in test.enumerated() { total += Self.logLoss(p[k], churned: y[i] == 1) }
                count += test.count
            }
            let loss = total / Double(max(1, count))
            scores.append("λ=\(lambda): \(loss)")
            if loss < best.loss { best = (lambda, loss) }
        }
        return (best.lambda, "grouped \(k)-fold cross-validation by customer, held-out log loss: " + scores.joined(separator: "; "))
    }
}

extension Matrix {
    /// The columns `selected` of this column-major matrix, in that order.
    func selectingColumns(_ selected: [Int]) -> Matrix {
        var out: [Double] = []
        out.reserveCapacity(rows * selected.count)
        for j in selected { out.append(contentsOf: storage[(j * rows)..<((j + 1) * rows)]) }
        return Matrix(rows: rows, columns: selected.count, columnMajor: out)
    }
}
