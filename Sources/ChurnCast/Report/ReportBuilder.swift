import Evaluation
import Forecast
import Report

/// Fills the report's plain-data content from an evaluation, a segment forecast and the scores: the one place
/// where pipeline results meet the report's types.
public enum ReportBuilder {
    public static func content(model: ChurnCastModel, evaluation e: EvaluationRun.Result,
                               segments: ForecastRun.Result?, scores: [Scorer.Row], source: String,
                               commands: ReportContent.ReproductionCommands, generatedAt: String) -> ReportContent {
        let o = e.outcome
        let m = o.churn.model
        let training = ReportContent.DataDescription(source: source, snapshotDates: model.training.snapshots,
                                       horizonDays: model.training.horizonDays, rows: model.training.rows,
                                       churners: model.training.churners)
        let evaluation = ReportContent.DataDescription(source: source, snapshotDates: [o.churn.asOf], horizonDays: o.churn.horizonDays,
                                         rows: o.churn.customers, churners: o.churn.churners)
        var nextScore: ReportContent.NextScoreErrors?
        if let n = o.churn.nextScore, let c = o.churn.nextScoreCarryForward {
            nextScore = ReportContent.NextScoreErrors(rmse: n.rmse, mae: n.mae, baselineRMSE: c.rmse, baselineMAE: c.mae, count: n.count)
        }
        let baselines = [ReportContent.BaselineMetrics(name: "base rate", rocAUC: nil, brier: o.churn.baseRate.brierScore),
                         ReportContent.BaselineMetrics(name: "rule: last NPS ≤ 6 or no engagement in 30 days",
                                         rocAUC: o.churn.rule.rocAUC, brier: o.churn.rule.brierScore)]
        let headline = ReportContent.HeadlineMetrics(rocAUC: m.rocAUC, prAUC: m.prAUC, brier: m.brierScore, logLoss: m.logLoss,
                                       topDecileLift: m.top.lift, topDecileCapture: m.top.capture,
                                       baselines: baselines, nextScore: nextScore)
        // Risk bands, lowest first, with what happened in each.
        let p = e.predictions.churnProbability
        let bands = RiskBand.allCases.reversed().map { band -> ReportContent.RiskBandRow in
            let rows = p.indices.filter { model.churn.bands.band(p[$0]) == band }
            let mean = rows.isEmpty ? 0 : rows.reduce(0) { $0 + p[$1] } / Double(rows.count)
            let churned = rows.reduce(0) { $0 + Int(e.table.churned[$1]) }
            return ReportContent.RiskBandRow(band: band.rawValue, count: rows.count, meanProbability: mean,
                               observedChurnRate: rows.isEmpty ? nil : Double(churned) / Double(rows.count))
        }
        let history = e.history.compactMap { h in
            h.tally.score.map { ReportContent.NPSQuarter(quarterEnd: h.end.description, nps: $0, respondents: h.tally.total) }
        }
        let forecast = e.forecast.map(\.overall).map { f in
            ReportContent.NPSForecast(quarterEnd: o.forecast?.periodEnd ?? "", forecast: f.point,
                                      interval80: interval(f.interval80), interval95: interval(f.interval95),
                                      naive: f.naive ?? f.point, expectedRespondents: f.expectedRespondents)
        }
        let segmentRows = (segments?.forecast.segments ?? []).map {
            ReportContent.SegmentForecast(segment: $0.label, count: Int($0.expectedRespondents.rounded()), forecast: $0.point,
                            interval80: interval($0.interval80), interval95: interval($0.interval95),
                            naive: $0.naive, isSmall: $0.isSmall)
        }
        let backtest = (o.backtest?.rows ?? []).compactMap { r -> ReportContent.BacktestRow? in
            guard let naive = r.quarter.naive else { return nil }
            return ReportContent.BacktestRow(quarterEnd: (r.quarter.periodEnd ?? r.quarter.asOf.adding(days: model.training.horizonDays)).description,
                                      actual: r.quarter.actual, forecast: r.quarter.forecast,
                                      interval80: interval(r.interval80), interval95: interval(r.interval95), naive: naive)
        }
        return ReportContent(
            title: "ChurnCast report: \(source), as of \(o.churn.asOf)", generatedAt: generatedAt,
            training: training, evaluation: evaluation, headline: headline,
            roc: m.rocCurve.map { ReportContent.ROCPoint(fpr: $0.x, tpr: $0.y) },
            precisionRecall: m.precisionRecallCurve.map { ReportContent.PRPoint(recall: $0.x, precision: $0.y) },
            calibration: m.calibration.bins.map {
                ReportContent.CalibrationBin(meanPredicted: $0.meanPredicted, observedRate: $0.observedRate, count: $0.count)
            },
            gains: m.gains.map { ReportContent.GainsRow(shareOfCustomers: $0.depth, shareOfChurnersCaptured: $0.capture) },
            riskBands: bands, npsHistory: history, npsForecast: forecast,
            churnCoefficients: coefficients(model.churn.terms), npsCoefficients: coefficients(model.nps.terms),
            segmentAttribute: segments?.segmentBy, segmentForecasts: segmentRows,
            atRisk: scores.prefix(20).map {
                ReportContent.AtRiskCustomer(id: $0.customerId, probability: $0.churnProbability, band: $0.riskBand.rawValue, reasons: $0.topReasons)
            },
            backtest: backtest, commands: commands)
    }

    static func interval(_ i: NPSInterval) -> ReportContent.Interval { ReportContent.Interval(low: i.lower, high: i.upper) }

    static func coefficients(_ terms: [ChurnCastModel.Term]) -> [ReportContent.Coefficient] {
        terms.dropFirst().map {
            ReportContent.Coefficient(name: $0.name, estimate: $0.estimate,
                        interval95: ReportContent.Interval(low: $0.confidenceLow, high: $0.confidenceHigh))
        }
    }
}
