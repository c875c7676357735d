/// The order and grouping of the report, shared by the page and the notebook so both show the same things:
/// headline numbers, the reading, the data, then one section per question, each with the `churncast` command
/// that reproduces it.
public struct ReportSection: Sendable {
    public enum Item: Sendable {
        case figure(SVGChart, caption: String)
        case table(ReportTable)
        /// A link to a file beside the report (e.g. the full call list as CSV).
        case link(text: String, href: String)
        /// Comments to read, under a heading (e.g. a theme's example comments).
        case quotes(heading: String, responses: [ReportContent.Response])
    }

    /// The report's two parts: how the business stands today, then how good the models are.
    public enum Part: Sendable { case today, evaluation }

    /// Stable anchor, e.g. `section-ranking`.
    public var id: String
    public var heading: String
    public var intro: String
    public var command: String?
    public var items: [Item]
    public var part: Part = .evaluation
    /// The short name in the page's navigation.
    public var navLabel: String
}

/// One headline figure: "ROC-AUC", "0.812", "0.5 is chance; best baseline 0.681".
public struct HeadlineCard: Sendable, Equatable {
    public var label: String
    public var value: String
    public var detail: String
}

public enum ReportLayout {
    /// The headline figures, in reading order: today's when the content has them, else the evaluation's.
    public static func cards(_ c: ReportContent) -> [HeadlineCard] {
        c.today != nil ? todayCards(c) : evaluationCards(c)
    }

    /// The evaluation's figures: ranking, calibration, lift, the NPS forecast and the next-score error.
    public static func evaluationCards(_ c: ReportContent) -> [HeadlineCard] {
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

    /// The sections after the headline, reading and data, in page order; a section with nothing to show is left
    /// out. With content about the business today its sections come first (`part == .today`), and the
    /// evaluation's parts that today's sections replace (the old at-risk list, NPS history, segment forecasts)
    /// are left out.
    public static func sections(_ c: ReportContent) -> [ReportSection] {
        todaySections(c) + evaluationSections(c)
    }

    static func fig(_ chart: SVGChart?, _ caption: String) -> ReportSection.Item? { chart.map { .figure($0, caption: caption) } }
    static func table(_ t: @autoclosure () -> ReportTable, when: Bool) -> ReportSection.Item? { when ? .table(t()) : nil }

    /// A section, or nil when none of its items is there.
    static func section(_ id: String, _ nav: String, _ heading: String, _ intro: String, _ command: String?,
                        _ part: ReportSection.Part, _ items: [ReportSection.Item?]) -> ReportSection? {
        let kept = items.compactMap { $0 }
        guard kept.contains(where: { if case .link = $0 { return false } else { return true } }) else { return nil }
        return ReportSection(id: "section-" + id, heading: heading, intro: intro, command: command, items: kept,
                             part: part, navLabel: nav)
    }

    /// The model's evaluation, calibration, lift and backtest, and, without today's parts, the older sections.
    static func evaluationSections(_ c: ReportContent) -> [ReportSection] {
        let today = c.hasToday
        let e = ReportSection.Part.evaluation
        return [
            section("ranking", "Ranking", "Does the model find the customers who leave?",
                    "Ranking quality on customers it did not train on, against chance and simple baselines.", c.commands.evaluate, e, [
                        fig(ReportCharts.roc(c), "ROC curve: the higher and further left, the better; the diagonal is chance."),
                        fig(ReportCharts.precisionRecall(c), "Precision–recall: how many flagged customers really churn."),
                        table(ReportTables.baselines(c), when: true),
                    ]),
            section("calibration", "Calibration", "Can the probabilities be taken at face value?",
                    "Predicted against observed churn per probability bin; points on the diagonal are well calibrated.", c.commands.evaluate, e, [
                        fig(ReportCharts.calibration(c), "Calibration: dot area shows how many customers are in each bin."),
                        table(ReportTables.calibration(c), when: !c.calibration.isEmpty),
                    ]),
            section("gains", "Gains", today ? "Does calling in order of risk pay off?" : "Who to call first",
                    "How many churners a retention team reaches by calling customers in order of risk.", c.commands.evaluate, e, [
                        fig(ReportCharts.gains(c), "Cumulative gains: share of churners reached against share of customers called."),
                        fig(ReportCharts.lift(c), "Lift: each tenth's churn rate against the overall rate."),
                        table(ReportTables.gains(c), when: !c.gains.isEmpty),
                    ]),
            c.callList != nil ? nil : section(
                "risk", "At risk", "Customers at risk now", "Current customers by risk band, and the riskiest with the reasons behind their scores.",
                c.commands.score, e, [
                    fig(ReportCharts.riskBands(c), "Customers in each churn risk band."),
                    table(ReportTables.riskBands(c), when: !c.riskBands.isEmpty),
                    table(ReportTables.atRisk(c), when: !c.atRisk.isEmpty),
                ]),
            c.npsByQuarter != nil ? nil : section(
                "nps", "NPS", "Where NPS is heading", "NPS by quarter and the forecast for next quarter, with its intervals and the naive forecast.",
                c.commands.forecast, e, [
                    fig(ReportCharts.nps(c), "NPS by quarter; the last quarter (*) is the forecast, shaded by its 80% and 95% intervals."),
                    table(ReportTables.nps(c), when: !c.npsHistory.isEmpty || c.npsForecast != nil),
                ]),
            c.segmentNPS != nil ? nil : section(
                "segments", "Segments", "NPS forecast by segment", "Next quarter's NPS per segment; small segments are marked.",
                c.commands.segmentForecast, e, [table(ReportTables.segments(c), when: !c.segmentForecasts.isEmpty)]),
            section("backtest", "Backtest", "How good were past forecasts?",
                    "Each past quarter forecast from the data before it: do the intervals hold the actual NPS as often as they claim?",
                    c.commands.forecast, e, [
                        fig(ReportCharts.backtest(c), "Backtest: forecasts with their intervals against the actual NPS."),
                        table(ReportTables.backtest(c), when: !c.backtest.isEmpty),
                    ]),
            section("drivers", "Coefficients", today ? "The models' coefficients" : "What drives the scores",
                    "Standardised coefficients (per standard deviation of each feature) with 95% intervals, largest at the top.",
                    c.commands.train, e, [
                        fig(ReportCharts.churnCoefficients(c), "Churn model: coefficients in log-odds per standard deviation."),
                        fig(ReportCharts.npsCoefficients(c), "Next-score model: coefficients in score points per standard deviation."),
                    ]),
        ].compactMap { $0 }
    }

    /// The commands to reproduce the report, in the order they run.
    public static func commands(_ c: ReportContent) -> [(purpose: String, command: String)] {
        let all: [(String, String?)] = [
            ("Train the models", c.commands.train), ("Evaluate on a later period", c.commands.evaluate),
            ("Score current customers", c.commands.score), ("Forecast next quarter's NPS", c.commands.forecast),
            ("Forecast by segment", c.commands.segmentForecast), ("Read the comments", c.commands.comments),
            ("Make this report", c.commands.report),
        ]
        return all.compactMap { p, cmd in cmd.map { (p, $0) } }
    }
}
