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
        try Check.rows(roc, "roc", shares: [("fpr", \.fpr), ("tpr", \.tpr)])
        try Check.rows(precisionRecall, "precisionRecall", shares: [("recall", \.recall), ("precision", \.precision)])
        try Check.rows(calibration, "calibration", shares: [("meanPredicted", \.meanPredicted), ("observedRate", \.observedRate)],
                       counts: [("count", \.count)])
        try Check.rows(gains, "gains",
                       shares: [("shareOfCustomers", \.shareOfCustomers), ("shareOfChurnersCaptured", \.shareOfChurnersCaptured)])
        for (i, b) in riskBands.enumerated() {
            try Check.count(b.count, "riskBands[\(i)].count")
            try Check.share(b.meanProbability, "riskBands[\(i)].meanProbability")
            if let o = b.observedChurnRate { try Check.share(o, "riskBands[\(i)].observedChurnRate") }
        }
    }

    /// NPS history and forecast, coefficients, segment forecasts, the at-risk list and the backtest.
    private func validateForecasts() throws {
        try Check.rows(npsHistory, "npsHistory", finite: [("nps", \.nps)], counts: [("respondents", \.respondents)])
        if let f = npsForecast {
            try Check.finite(f.forecast, "npsForecast.forecast")
            try Check.finite(f.naive, "npsForecast.naive")
            try Check.interval(f.interval80, "npsForecast.interval80")
            try Check.interval(f.interval95, "npsForecast.interval95")
        }
        for (list, name) in [(churnCoefficients, "churnCoefficients"), (npsCoefficients, "npsCoefficients")] {
            try Check.rows(list, name, finite: [("estimate", \.estimate)], intervals: [("interval95", \.interval95)])
        }
        try Check.rows(segmentForecasts, "segmentForecasts", finite: [("forecast", \.forecast)],
                       intervals: [("interval80", \.interval80), ("interval95", \.interval95)])
        try Check.rows(atRisk, "atRisk", shares: [("probability", \.probability)])
        try Check.rows(backtest, "backtest", finite: [("actual", \.actual), ("forecast", \.forecast)],
                       intervals: [("interval80", \.interval80), ("interval95", \.interval95)])
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

    /// Checks every row of `list`, a problem named `name[i].field`: the `shares`, then the `finite` figures, the
    /// `intervals` and the `counts` of each row in turn.
    static func rows<T>(_ list: [T], _ name: String, shares: [(String, KeyPath<T, Double>)] = [],
                        finite figures: [(String, KeyPath<T, Double>)] = [],
                        intervals: [(String, KeyPath<T, Interval>)] = [],
                        counts: [(String, KeyPath<T, Int>)] = []) throws {
        for (i, row) in list.enumerated() {
            func field(_ f: String) -> String { "\(name)[\(i)].\(f)" }
            for (f, k) in shares { try share(row[keyPath: k], field(f)) }
            for (f, k) in figures { try finite(row[keyPath: k], field(f)) }
            for (f, k) in intervals { try interval(row[keyPath: k], field(f)) }
            for (f, k) in counts { try count(row[keyPath: k], field(f)) }
        }
    }

    static func bad(_ field: String, _ expected: String, _ v: Double) -> ReportError {
        .invalidContent(field: field, expected: expected, found: v.isFinite ? NumberFormat.data(v) : "\(v)")
    }
}
