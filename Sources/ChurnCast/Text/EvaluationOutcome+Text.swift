import Evaluation
import Support

extension EvaluationOutcome {
    /// The evaluation as tables for people.
    public var text: String {
        let c = churn
        var lines = ["Evaluation on \(c.asOf) (outcomes over the next \(c.horizonDays) days): \(c.customers) customers, \(c.churners) churned (\(Format.percent(Double(c.churners) / Double(max(1, c.customers)))))",
                     "",
                     "  churn            ROC-AUC   PR-AUC  log loss    Brier  top-10% lift  capture"]
        let metrics = TextTable(indent: "  ", [.init(15, .left), .init(9), .init(9), .init(9), .init(9), .init(14), .init(9)])
        func row(_ name: String, _ m: ChurnMetrics) -> String {
            metrics.row([name, Format.fixed(m.rocAUC, 3), Format.fixed(m.prAUC, 3), Format.fixed(m.logLoss, 4),
                         Format.fixed(m.brierScore, 4), Format.fixed(m.top.lift, 2), Format.percent(m.top.capture)])
        }
        lines.append(row("model", c.model))
        lines.append(row("base rate", c.baseRate))
        lines.append(row("rule", c.rule))
        if let o = c.oracleAUC {
            lines.append("  oracle ROC-AUC \(Format.fixed(o, 3)) (planted hazard); the model closes \(Format.percent(c.gapClosed ?? .nan)) of the gap from 0.5")
        }
        lines.append("  calibration: expected calibration error \(Format.fixed(c.model.calibration.expectedCalibrationError, 4)) over \(c.model.calibration.bins.count) bins")
        lines.append("    predicted  observed  customers")
        let calibration = TextTable(indent: "    ", [.init(9), .init(10), .init(11)])
        for b in c.model.calibration.bins {
            lines.append(calibration.row([Format.percent(b.meanPredicted, 2), Format.percent(b.observedRate, 2), String(b.count)]))
        }
        if let n = c.nextScore, let b = c.nextScoreCarryForward {
            lines.append("")
            lines.append("  next score (\(n.count) respondents)   RMSE \(Format.fixed(n.rmse, 3))  MAE \(Format.fixed(n.mae, 3))   carry last score forward: RMSE \(Format.fixed(b.rmse, 3))  MAE \(Format.fixed(b.mae, 3))")
        }
        lines.append("")
        guard let f = forecast else {
            lines.append("  (\(npsSkipped ?? "no NPS forecast"))")
            return lines.joined(separator: "\n")
        }
        lines.append("  NPS \(f.asOf) → \(f.periodEnd): forecast \(Format.signed(f.forecast.point, 1)), 80% \(Format.signed(f.forecast.interval80.lower, 1))…\(Format.signed(f.forecast.interval80.upper, 1)), 95% \(Format.signed(f.forecast.interval95.lower, 1))…\(Format.signed(f.forecast.interval95.upper, 1))")
        if let a = f.actual {
            lines.append("    actual \(Format.signed(a, 1)) from \(f.actualRespondents) respondents; error \(Format.signed(f.forecastError ?? .nan, 1)) (naive \(f.naive.map { Format.signed($0, 1) } ?? "n/a"), error \(f.naiveError.map { Format.signed($0, 1) } ?? "n/a")); covered by 80%: \(f.covered80 == true ? "yes" : "no"), 95%: \(f.covered95 == true ? "yes" : "no")")
        } else {
            lines.append("    no responses in the period to compare with")
        }
        if let b = backtest {
            lines.append("")
            lines.append("  NPS backtest over \(b.periods) periods: model MAE \(Format.fixed(b.modelMAE, 2))" + (b.paired.map { ", naive MAE \(Format.fixed($0.naiveMAE, 2)) (over \($0.periods) periods)" } ?? "") + "; 80% interval covered \(Format.percent(b.coverage80, 0)), 95% covered \(Format.percent(b.coverage95, 0))")
            if let w = b.combination, let alone = b.modelAlone { lines.append("    forecast = w × model + (1 − w) × naive, w \(Format.fixed(w.modelWeight, 2)) from all periods (least squares \(w.leastSquaresWeight.map { Format.fixed($0, 2) } ?? "n/a"), shrunk toward naive), each period's own w from the others; model alone MAE \(Format.fixed(alone.modelMAE, 2)) vs naive \(Format.fixed(alone.naiveMAE, 2))") }
            lines.append("    period end      actual  forecast     naive   80% covered  95% covered")
            let periods = TextTable(indent: "    ", [.init(0), .init(10), .init(10), .init(10), .init(14), .init(13)])
            for r in b.rows {
                lines.append(periods.row([(r.quarter.periodEnd ?? r.quarter.asOf.adding(days: c.horizonDays)).description,
                                          Format.signed(r.quarter.actual, 1), Format.signed(r.quarter.forecast, 1),
                                          r.quarter.naive.map { Format.signed($0, 1) } ?? "n/a",
                                          r.covered80 ? "yes" : "no", r.covered95 ? "yes" : "no"]))
            }
        }
        if let note = backtestNote { lines.append("    (\(note))") }
        return lines.joined(separator: "\n")
    }
}
