import Models
import Support

/// The short summary `churncast train` prints: what was learned from what, and whether to trust it.
public struct TrainingSummary: Codable, Sendable {
    public var modelFile: String
    public var snapshots: [String]
    public var horizonDays: Int
    public var rows: Int
    public var customers: Int
    public var churners: Int
    public var churnRate: Double
    public var l2: Double
    public var l2Choice: String
    public var converged: Bool
    public var iterations: Int
    public var trainingAUC: Double
    public var npsRows: Int
    public var npsRSquared: Double
    public var nextScoreRMSE: Double
    public var forecastModelErrorSD: Double
    public var churnTerms: [CoefficientEstimate]
    public var warnings: [String]
    /// `true` when trained without an NPS export (no score model, no forecast error); `nil` otherwise.
    public var npsAbsent: Bool?

    public init(model m: ChurnCastModel, path: String) {
        modelFile = path
        snapshots = m.training.snapshots
        horizonDays = m.training.horizonDays
        rows = m.training.rows
        customers = m.training.customers
        churners = m.training.churners
        churnRate = m.churn.baseRate
        l2 = m.churn.l2
        l2Choice = m.churn.l2Choice
        converged = m.churn.converged
        iterations = m.churn.iterations
        trainingAUC = m.metrics.churnAUC
        npsRows = m.nps.rows
        npsRSquared = m.nps.rSquared
        nextScoreRMSE = m.metrics.nextScoreRMSE
        forecastModelErrorSD = m.forecastModelError.variance.squareRoot()
        churnTerms = m.churn.terms
        warnings = m.training.warnings
        npsAbsent = m.npsAbsent
    }

    /// A few lines for people, the strongest standardised churn effects first.
    public var text: String {
        var lines: [String] = []
        lines.append("Trained \(modelFile)")
        lines.append("  snapshots      \(snapshots.joined(separator: ", ")) (horizon \(horizonDays) days)")
        lines.append("  rows           \(rows) (\(customers) customers, \(churners) churned: \(Format.percent(churnRate)))")
        lines.append("  churn model    λ = \(Format.number(l2)), \(converged ? "converged" : "NOT converged") in \(iterations) iterations, training ROC-AUC \(Format.fixed(trainingAUC, 3))")
        if npsAbsent == true {
            lines.append("  score model    none (no NPS export): scores without the NPS columns; no forecast")
        } else {
            lines.append("  score model    \(npsRows) rows with a next-period response, R² \(Format.fixed(npsRSquared, 3)), RMSE \(Format.fixed(nextScoreRMSE, 2))")
            lines.append("  NPS forecast   model error sd \(Format.fixed(forecastModelErrorSD, 2)) points (from the training periods)")
        }
        lines.append("  strongest churn effects (per standard deviation, log-odds):")
        for t in churnTerms.dropFirst().sorted(by: { abs($0.statistic) > abs($1.statistic) }).prefix(8) {
            lines.append("    \(t.name.padding(toLength: 28, withPad: " ", startingAt: 0)) \(Format.signed(t.estimate, 3))  (z \(Format.fixed(t.statistic, 1)))")
        }
        return lines.joined(separator: "\n")
    }
}
