/// Checks that the content can be drawn honestly: shares and probabilities in 0–1, finite figures, intervals
/// with low ≤ high, non-negative counts. The first problem found is thrown, naming the field.
extension ReportContent {
    public func validate() throws {
        try validateSummaries()
        try validateChurnCurves()
        try validateForecasts()
        try validateToday()
    }

    /// The title, the training and evaluation counts, and the headline metrics.
    private func validateSummaries() throws {
        guard !title.isEmpty else { throw ReportError.invalidContent(field: "title", expected: "a title", found: "nothing") }
        for (name, d) in [("training", training)] + (evaluation.map { [("evaluation", $0)] } ?? []) {
            try Check.count(d.rows, name + ".rows")
            try Check.count(d.churners, name + ".churners")
            guard d.churners <= d.rows else {
                throw ReportError.invalidContent(field: name + ".churners", expected: "at most rows (\(d.rows))",
                                                 found: String(d.churners))
            }
        }
        let h = headline
        for (v, f) in [(h.rocAUC, "rocAUC"), (h.prAUC, "prAUC"), (h.brier, "brier"), (h.topDecileCapture, "topDecileCapture")] {
            try Check.share(v, "headline." + f)
        }
        try Check.finite(h.logLoss, "headline.logLoss")
        try Check.finite(h.topDecileLift, "headline.topDecileLift")
    }

    /// ROC, precision–recall, calibration, gains and risk bands.
    private func validateChurnCurves() throws {
        for (i, p) in roc.enumerated() { try Check.share(p.fpr, "roc[\(i)].fpr"); try Check.share(p.tpr, "roc[\(i)].tpr") }
        for (i, p) in precisionRecall.enumerated() {
            try Check.share(p.recall, "precisionRecall[\(i)].recall")
            try Check.share(p.precision, "precisionRecall[\(i)].precision")
        }
        for (i, b) in calibration.enumerated() {
            try Check.share(b.meanPredicted, "calibration[\(i)].meanPredicted")
            try Check.share(b.observedRate, "calibration[\(i)].observedRate")
            try Check.count(b.count, "calibration[\(i)].count")
        }
        for (i, g) in gains.enumerated() {
            try Check.share(g.shareOfCustomers, "gains[\(i)].shareOfCustomers")
            try Check.share(g.shareOfChurnersCaptured, "gains[\(i)].shareOfChurnersCaptured")
        }
        for (i, b) in riskBands.enumerated() {
            try Check.count(b.count, "riskBands[\(i)].count")
            try Check.share(b.meanProbability, "riskBands[\(i)].meanProbability")
            if let o = b.observedChurnRate { try Check.share(o, "riskBands[\(i)].observedChurnRate") }
        }
    }

    /// NPS history and forecast, coefficients, segment forecasts, the at-risk list and the backtest.
    private func validateForecasts() throws {
        for (i, q) in npsHistory.enumerated() {
            try Check.finite(q.nps, "npsHistory[\(i)].nps")
            try Check.count(q.respondents, "npsHistory[\(i)].respondents")
        }
        if let f = npsForecast {
            try Check.finite(f.forecast, "npsForecast.forecast")
            try Check.finite(f.naive, "npsForecast.naive")
            try Check.interval(f.interval80, "npsForecast.interval80")
            try Check.interval(f.interval95, "npsForecast.interval95")
        }
        for (list, name) in [(churnCoefficients, "churnCoefficients"), (npsCoefficients, "npsCoefficients")] {
            for (i, k) in list.enumerated() {
                try Check.finite(k.estimate, "\(name)[\(i)].estimate")
                try Check.interval(k.interval95, "\(name)[\(i)].interval95")
            }
        }
        for (i, s) in segmentForecasts.enumerated() {
            try Check.finite(s.forecast, "segmentForecasts[\(i)].forecast")
            try Check.interval(s.interval80, "segmentForecasts[\(i)].interval80")
            try Check.interval(s.interval95, "segmentForecasts[\(i)].interval95")
        }
        for (i, a) in atRisk.enumerated() { try Check.share(a.probability, "atRisk[\(i)].probability") }
        for (i, b) in backtest.enumerated() {
            try Check.finite(b.actual, "backtest[\(i)].actual")
            try Check.finite(b.forecast, "backtest[\(i)].forecast")
            try Check.interval(b.interval80, "backtest[\(i)].interval80")
            try Check.interval(b.interval95, "backtest[\(i)].interval95")
        }
    }
}

// Field names are autoclosures: built only when a check fails (curves may have a million points).

/// The checks behind `validate()`, shared by the parts of the content.
enum Check {

    static func share(_ v: Double, _ field: @autoclosure () -> String) throws {
        guard v.isFinite, v >= 0, v <= 1 else { throw bad(field(), "a share from 0 to 1", v) }
    }

    static func finite(_ v: Double, _ field: @autoclosure () -> String) throws {
        guard v.isFinite else { throw bad(field(), "a finite number", v) }
    }

    static func interval(_ i: Interval, _ field: String) throws {
        try finite(i.low, field + ".low")
        try finite(i.high, field + ".high")
        guard i.low <= i.high else {
            throw ReportError.invalidContent(field: field, expected: "low <= high",
                                             found: "\(NumberFormat.data(i.low)) > \(NumberFormat.data(i.high))")
        }
    }

    static func count(_ n: Int, _ field: String) throws {
        guard n >= 0 else { throw ReportError.invalidContent(field: field, expected: "a count >= 0", found: String(n)) }
    }

    static func bad(_ field: String, _ expected: String, _ v: Double) -> ReportError {
        .invalidContent(field: field, expected: expected, found: v.isFinite ? NumberFormat.data(v) : "\(v)")
    }
}
