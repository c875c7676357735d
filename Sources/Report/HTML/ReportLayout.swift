/// The order and grouping of the report, shared by the page and the notebook so both show the same things:
/// headline numbers, the reading, the data, then one section per question, each with the `churncast` command
/// that reproduces it.
public struct ReportSection: Sendable {
    public enum Item: Sendable {
        case figure(SVGChart, caption: String)
        case table(ReportTable)
    }

    /// Stable anchor, e.g. `section-ranking`.
    public var id: String
    public var heading: String
    public var intro: String
    public var command: String?
    public var items: [Item]
}

/// One headline figure: "ROC-AUC", "0.812", "0.5 is chance; best baseline 0.681".
public struct HeadlineCard: Sendable, Equatable {
    public var label: String
    public var value: String
    public var detail: String
}

public enum ReportLayout {
    /// The headline figures, in reading order.
    public static func cards(_ c: ReportContent) -> [HeadlineCard] {
        let h = c.headline
        let bestAUC = h.baselines.compactMap(\.rocAUC).max()
        let bestBrier = h.baselines.compactMap(\.brier).min()
        var cards = [
            HeadlineCard(label: "ROC-AUC", value: NumberFormat.fixed(h.rocAUC, 3),
                         detail: "0.5 is chance" + (bestAUC.map { "; best baseline \(NumberFormat.fixed($0, 3))" } ?? "")),
            HeadlineCard(label: "PR-AUC", value: NumberFormat.fixed(h.prAUC, 3),
                         detail: c.evaluation?.churnRate.map { "chance is the churn rate, \(NumberFormat.percent($0))" } ?? "average precision"),
            HeadlineCard(label: "Brier score", value: NumberFormat.fixed(h.brier, 4),
                         detail: "lower is better" + (bestBrier.map { "; baseline \(NumberFormat.fixed($0, 4))" } ?? "")),
            HeadlineCard(label: "Log loss", value: NumberFormat.fixed(h.logLoss, 3), detail: "lower is better"),
            HeadlineCard(label: "Lift, top 10%", value: NumberFormat.fixed(h.topDecileLift, 2) + "×",
                         detail: "reaches \(NumberFormat.percent(h.topDecileCapture)) of churners"),
        ]
        if let f = c.npsForecast {
            cards.append(HeadlineCard(
                label: "NPS forecast, \(f.quarterEnd)", value: NumberFormat.signed(f.forecast),
                detail: "80%: \(ReportTables.interval(f.interval80)); 95%: \(ReportTables.interval(f.interval95)); "
                    + "naive \(NumberFormat.signed(f.naive))"))
        }
        if let e = h.nextScore {
            cards.append(HeadlineCard(
                label: "Next-score error (RMSE)", value: NumberFormat.fixed(e.rmse, 2),
                detail: "MAE \(NumberFormat.fixed(e.mae, 2)); carry-forward \(NumberFormat.fixed(e.baselineRMSE, 2)) / "
                    + "\(NumberFormat.fixed(e.baselineMAE, 2))"))
        }
        return cards
    }

    /// The sections after the headline, reading and data; a section with nothing to show is left out.
    public static func sections(_ c: ReportContent) -> [ReportSection] {
        var out: [ReportSection] = []
        func add(_ id: String, _ heading: String, _ intro: String, _ command: String?, _ items: [ReportSection.Item?]) {
            let kept = items.compactMap { $0 }
            if !kept.isEmpty {
                out.append(ReportSection(id: "section-" + id, heading: heading, intro: intro, command: command, items: kept))
            }
        }
        func fig(_ chart: SVGChart?, _ caption: String) -> ReportSection.Item? { chart.map { .figure($0, caption: caption) } }
        func table(_ t: ReportTable, when: Bool) -> ReportSection.Item? { when ? .table(t) : nil }

        add("ranking", "Does the model find the customers who leave?",
            "Ranking quality on customers it did not train on, against chance and simple baselines.",
            c.commands.evaluate, [
                fig(ReportCharts.roc(c), "ROC curve: the higher and further left, the better; the diagonal is chance."),
                fig(ReportCharts.precisionRecall(c), "Precision–recall: how many flagged customers really churn."),
                table(ReportTables.baselines(c), when: true),
            ])
        add("calibration", "Can the probabilities be taken at face value?",
            "Predicted against observed churn per probability bin; points on the diagonal are well calibrated.",
            c.commands.evaluate, [
                fig(ReportCharts.calibration(c), "Calibration: dot area shows how many customers are in each bin."),
                table(ReportTables.calibration(c), when: !c.calibration.isEmpty),
            ])
        add("gains", "Who to call first",
            "How many churners a retention team reaches by calling customers in order of risk.",
            c.commands.evaluate, [
                fig(ReportCharts.gains(c), "Cumulative gains: share of churners reached against share of customers called."),
                fig(ReportCharts.lift(c), "Lift: each tenth's churn rate against the overall rate."),
                table(ReportTables.gains(c), when: !c.gains.isEmpty),
            ])
        add("risk", "Customers at risk now", "Current customers by risk band, and the riskiest with the reasons behind their scores.",
            c.commands.score, [
                fig(ReportCharts.riskBands(c), "Customers in each churn risk band."),
                table(ReportTables.riskBands(c), when: !c.riskBands.isEmpty),
                table(ReportTables.atRisk(c), when: !c.atRisk.isEmpty),
            ])
        add("nps", "Where NPS is heading", "NPS by quarter and the forecast for next quarter, with its intervals and the naive forecast.",
            c.commands.forecast, [
                fig(ReportCharts.nps(c), "NPS by quarter; the last quarter (*) is the forecast, shaded by its 80% and 95% intervals."),
                table(ReportTables.nps(c), when: !c.npsHistory.isEmpty || c.npsForecast != nil),
            ])
        add("segments", "NPS forecast by segment", "Next quarter's NPS per segment; small segments are marked.",
            c.commands.segmentForecast, [table(ReportTables.segments(c), when: !c.segmentForecasts.isEmpty)])
        add("backtest", "How good were past forecasts?",
            "Each past quarter forecast from the data before it: do the intervals hold the actual NPS as often as they claim?",
            c.commands.forecast, [
                fig(ReportCharts.backtest(c), "Backtest: forecasts with their intervals against the actual NPS."),
                table(ReportTables.backtest(c), when: !c.backtest.isEmpty),
            ])
        add("drivers", "What drives the scores",
            "Standardised coefficients (per standard deviation of each feature) with 95% intervals, largest at the top.",
            c.commands.train, [
                fig(ReportCharts.churnCoefficients(c), "Churn model: coefficients in log-odds per standard deviation."),
                fig(ReportCharts.npsCoefficients(c), "Next-score model: coefficients in score points per standard deviation."),
            ])
        return out
    }

    /// The commands to reproduce the report, in the order they run.
    public static func commands(_ c: ReportContent) -> [(purpose: String, command: String)] {
        let all: [(String, String?)] = [
            ("Train the models", c.commands.train), ("Evaluate on a later period", c.commands.evaluate),
            ("Score current customers", c.commands.score), ("Forecast next quarter's NPS", c.commands.forecast),
            ("Forecast by segment", c.commands.segmentForecast), ("Make this report", c.commands.report),
        ]
        return all.compactMap { p, cmd in cmd.map { (p, $0) } }
    }
}
