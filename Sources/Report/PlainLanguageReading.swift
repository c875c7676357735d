/// Writes the report's one-paragraph reading from the numbers, for a reader who does not know what an AUC is:
/// how well the model ranks, what calling the riskiest tenth would achieve, whether the probabilities can be
/// taken at face value, where NPS is heading and how much to trust that, and what drives the risk.
/// The wording follows the values (e.g. "well" for an AUC of 0.8–0.9, "barely better than chance" below 0.6).
public enum PlainLanguageReading {
    public static func make(_ c: ReportContent) -> String {
        [ranking(c), topDecile(c.headline), calibration(c), nextScore(c.headline.nextScore), forecast(c),
         backtest(c.backtest), drivers(c.churnCoefficients), segments(c.segmentForecasts)]
            .compactMap { $0 }.joined(separator: " ")
    }

    /// The reading of the evaluation alone, for the dated part under today's sections (which already say where
    /// NPS is heading and show the segments).
    public static func evaluation(_ c: ReportContent) -> String {
        [ranking(c), topDecile(c.headline), calibration(c), nextScore(c.headline.nextScore), backtest(c.backtest),
         drivers(c.churnCoefficients)].compactMap { $0 }.joined(separator: " ")
    }

    /// The adverb for a ROC-AUC.
    static func rankingQuality(_ auc: Double) -> String {
        switch auc {
        case 0.9...: return "very well"
        case 0.8..<0.9: return "well"
        case 0.7..<0.8: return "fairly well"
        case 0.6..<0.7: return "only modestly"
        default: return "barely better than chance"
        }
    }

    static func ranking(_ c: ReportContent) -> String {
        let h = c.headline
        var s = ""
        if let e = c.evaluation, let rate = e.churnRate {
            s += "On \(NumberFormat.integer(e.rows)) customer rows held out for evaluation"
            if let last = e.snapshotDates.last { s += " (as of \(last))" }
            s += ", of whom \(NumberFormat.percent(rate)) churned within \(e.horizonDays) days, the"
        } else {
            s += "The"
        }
        s += " churn model ranks the customers who went on to leave \(rankingQuality(h.rocAUC))"
        s += " (ROC-AUC \(NumberFormat.fixed(h.rocAUC, 2)), against 0.5 for chance"
        if let best = h.baselines.filter({ $0.rocAUC != nil }).max(by: { $0.rocAUC! < $1.rocAUC! }) {
            s += " and \(NumberFormat.fixed(best.rocAUC!, 2)) for the simple baseline \u{201C}\(best.name)\u{201D}"
        }
        return s + ")."
    }

    static func topDecile(_ h: HeadlineMetrics) -> String {
        let capture = NumberFormat.percent(h.topDecileCapture, 0)
        if h.topDecileLift < 1.2 {
            return "Calling the 10% it rates riskiest would reach \(capture) of the churners, little more than a random 10% would."
        }
        return "Calling the 10% it rates riskiest would reach \(capture) of the customers who churned, "
            + "\(NumberFormat.fixed(h.topDecileLift, 1)) times as many as calling 10% at random."
    }

    static func calibration(_ c: ReportContent) -> String? {
        let total = c.calibration.reduce(0) { $0 + $1.count }
        let filled = c.calibration.filter { $0.count >= max(30, total / 100) }
        guard !filled.isEmpty else { return nil }
        let gap = filled.map { abs($0.observedRate - $0.meanPredicted) }.max()!
        let points = NumberFormat.fixed(gap * 100, 1)
        var s: String
        if gap <= 0.03 {
            s = "Its probabilities can be read at face value: in every well-filled probability bin the predicted and "
                + "observed churn rates are within \(points) percentage points"
        } else if gap <= 0.08 {
            s = "Its probabilities are roughly right, off by up to \(points) percentage points in some bins"
        } else {
            s = "Its probabilities are off by up to \(points) percentage points in some bins, so use them to rank "
                + "customers rather than as exact odds"
        }
        if let base = c.headline.baselines.filter({ $0.brier != nil }).min(by: { $0.brier! < $1.brier! }) {
            let verb = c.headline.brier < base.brier! ? "better than" : "no better than"
            s += " (Brier score \(NumberFormat.fixed(c.headline.brier, 3)), \(verb) "
                + "\(NumberFormat.fixed(base.brier!, 3)) for \u{201C}\(base.name)\u{201D})"
        }
        return s + "."
    }

    static func nextScore(_ e: NextScoreErrors?) -> String? {
        guard let e else { return nil }
        let better = e.mae < e.baselineMAE
        return "For individual respondents the predicted next score is off by \(NumberFormat.fixed(e.mae, 1)) "
            + "points on average (RMSE \(NumberFormat.fixed(e.rmse, 1))), "
            + (better ? "better than" : "no better than")
            + " carrying each customer\u{2019}s last score forward (\(NumberFormat.fixed(e.baselineMAE, 1)))."
    }

    static func forecast(_ c: ReportContent) -> String? {
        guard let f = c.npsForecast else { return nil }
        let d = f.forecast - f.naive
        let direction = abs(d) < 0.5 ? "about the same as" : (d > 0 ? "up from" : "down from")
        var s = "Next quarter\u{2019}s NPS is forecast at \(NumberFormat.signed(f.forecast)) "
            + "(80% interval \(NumberFormat.signed(f.interval80.low)) to \(NumberFormat.signed(f.interval80.high)); "
            + "95% interval \(NumberFormat.signed(f.interval95.low)) to \(NumberFormat.signed(f.interval95.high))), "
            + "\(direction) \(NumberFormat.signed(f.naive)) last quarter"
        if abs(d) >= 0.5 && f.interval80.contains(f.naive) {
            s += ", though the change is within the uncertainty"
        }
        return s + "."
    }

    static func backtest(_ rows: [BacktestRow]) -> String? {
        guard !rows.isEmpty else { return nil }
        let k = rows.count
        let c80 = rows.filter(\.covered80).count, c95 = rows.filter(\.covered95).count
        let share80 = Double(c80) / Double(k)
        let honesty: String
        if k < 4 {
            honesty = "too few quarters to judge the intervals"
        } else if share80 >= 0.6 {
            honesty = "about as often as claimed"
        } else {
            honesty = "less often than claimed, so treat the intervals as optimistic"
        }
        let mae = rows.reduce(0) { $0 + abs($1.forecast - $1.actual) } / Double(k)
        let naiveMAE = rows.reduce(0) { $0 + abs($1.naive - $1.actual) } / Double(k)
        return "In \(k) backtest quarter\(k == 1 ? "" : "s") the 80% interval held the actual NPS \(c80) time"
            + "\(c80 == 1 ? "" : "s") and the 95% interval \(c95) (\(honesty)); the forecast missed by "
            + "\(NumberFormat.fixed(mae, 1)) points on average against \(NumberFormat.fixed(naiveMAE, 1)) for "
            + "carrying the last quarter forward."
    }

    static func drivers(_ coefficients: [Coefficient]) -> String? {
        let clear = coefficients.filter(\.isClear).sorted { abs($0.estimate) > abs($1.estimate) }
        let raising = clear.filter { $0.estimate > 0 }.prefix(2).map { "\u{201C}\($0.name)\u{201D}" }
        let lowering = clear.filter { $0.estimate < 0 }.prefix(2).map { "\u{201C}\($0.name)\u{201D}" }
        guard !raising.isEmpty || !lowering.isEmpty else {
            return coefficients.isEmpty ? nil : "No single feature has a clearly signed effect on the risk."
        }
        var parts: [String] = []
        if !raising.isEmpty { parts.append("higher \(raising.joined(separator: " and ")) raise\(raising.count == 1 ? "s" : "") it") }
        if !lowering.isEmpty { parts.append("higher \(lowering.joined(separator: " and ")) lower\(lowering.count == 1 ? "s" : "") it") }
        return "The strongest signals of churn risk: " + parts.joined(separator: "; ") + "."
    }

    static func segments(_ rows: [SegmentForecast]) -> String? {
        let small = rows.filter(\.isSmall).count
        guard small > 0 else { return nil }
        return "\(small == 1 ? "One" : String(small)) small segment\(small == 1 ? " is" : "s are") marked in the segment table; "
            + "\(small == 1 ? "its forecast is" : "their forecasts are") less certain."
    }
}
