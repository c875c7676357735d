/// The report's tables, built from `ReportContent` with numbers formatted for people.
/// Ids: `table-data`, `table-baselines`, `table-calibration`, `table-gains`, `table-risk-bands`, `table-at-risk`,
/// `table-nps`, `table-segments`, `table-backtest`.
public enum ReportTables {
    /// The most customers listed at risk.
    public static let maxAtRisk = 20
    /// The most segment rows listed (the largest segments).
    public static let maxSegments = 200

    static func interval(_ i: Interval) -> String {
        "\(NumberFormat.signed(i.low)) to \(NumberFormat.signed(i.high))"
    }

    static func dates(_ d: [String]) -> String {
        switch d.count {
        case 0: return "—"
        case 1...3: return d.joined(separator: ", ")
        default: return "\(d.first!) … \(d.last!) (\(d.count) snapshots)"
        }
    }

    /// Trained on / evaluated on.
    public static func data(_ c: ReportContent) -> ReportTable {
        let sets = [c.training] + (c.evaluation.map { [$0] } ?? [])
        func row(_ name: String, _ f: (DataDescription) -> String) -> [String] { [name] + sets.map(f) }
        return ReportTable(
            id: "table-data", caption: "What the models were trained and evaluated on",
            columns: [.init("")] + (c.evaluation == nil ? [.init("Trained on")] : [.init("Trained on"), .init("Evaluated on")]),
            rows: [
                row("Exports") { $0.source },
                row("Snapshot dates (as of)") { dates($0.snapshotDates) },
                row("Churn horizon") { "\($0.horizonDays) days" },
                row("Customer rows") { NumberFormat.integer($0.rows) },
                row("Churned within horizon") { d in
                    NumberFormat.integer(d.churners) + (d.churnRate.map { " (\(NumberFormat.percent($0)))" } ?? "")
                },
            ])
    }

    /// The model against the naive baselines.
    public static func baselines(_ c: ReportContent) -> ReportTable {
        let h = c.headline
        var rows = [["Churn model", NumberFormat.fixed(h.rocAUC, 3), NumberFormat.fixed(h.brier, 4)]]
        for b in h.baselines {
            rows.append([b.name, b.rocAUC.map { NumberFormat.fixed($0, 3) } ?? "—", b.brier.map { NumberFormat.fixed($0, 4) } ?? "—"])
        }
        return ReportTable(id: "table-baselines", caption: "Churn model against naive baselines",
                           columns: [.init("Predictor"), .init("ROC-AUC", numeric: true), .init("Brier score", numeric: true)],
                           rows: rows, note: "ROC-AUC: higher is better, 0.5 is chance. Brier score: lower is better.")
    }

    public static func calibration(_ c: ReportContent) -> ReportTable {
        ReportTable(
            id: "table-calibration", caption: "Calibration by probability bin",
            columns: [.init("Bin", numeric: true), .init("Customers", numeric: true), .init("Mean predicted", numeric: true),
                      .init("Observed churn", numeric: true), .init("Gap (points)", numeric: true)],
            rows: c.calibration.enumerated().map { i, b in
                [String(i + 1), NumberFormat.integer(b.count), NumberFormat.percent(b.meanPredicted),
                 NumberFormat.percent(b.observedRate), NumberFormat.signed((b.observedRate - b.meanPredicted) * 100)]
            })
    }

    public static func gains(_ c: ReportContent) -> ReportTable {
        ReportTable(
            id: "table-gains", caption: "Cumulative gains and lift",
            columns: [.init("Customers contacted (riskiest first)"),
                      .init("Churners reached", numeric: true), .init("Cumulative lift", numeric: true)],
            rows: c.gains.map {
                ["top " + NumberFormat.percent($0.shareOfCustomers, 0), NumberFormat.percent($0.shareOfChurnersCaptured),
                 NumberFormat.fixed($0.lift, 2) + "×"]
            })
    }

    public static func riskBands(_ c: ReportContent) -> ReportTable {
        let total = max(c.riskBands.reduce(0) { $0 + $1.count }, 1)
        return ReportTable(
            id: "table-risk-bands", caption: "Customers by risk band",
            columns: [.init("Band"), .init("Customers", numeric: true), .init("Share", numeric: true),
                      .init("Mean predicted", numeric: true), .init("Observed churn", numeric: true)],
            rows: c.riskBands.map {
                [$0.band, NumberFormat.integer($0.count), NumberFormat.percent(Double($0.count) / Double(total)),
                 NumberFormat.percent($0.meanProbability), $0.observedChurnRate.map { NumberFormat.percent($0) } ?? "not yet known"]
            })
    }

    public static func atRisk(_ c: ReportContent) -> ReportTable {
        let shown = c.atRisk.prefix(maxAtRisk)
        return ReportTable(
            id: "table-at-risk", caption: "The \(shown.count) customers most at risk",
            columns: [.init("#", numeric: true), .init("Customer"), .init("Churn probability", numeric: true),
                      .init("Band"), .init("Reasons")],
            rows: shown.enumerated().map { i, a in
                [String(i + 1), a.id, NumberFormat.percent(a.probability), a.band, a.reasons.joined(separator: "; ")]
            })
    }

    public static func nps(_ c: ReportContent) -> ReportTable {
        var rows = c.npsHistory.map {
            [$0.quarterEnd, NumberFormat.signed($0.nps), NumberFormat.integer($0.respondents), "", "", ""]
        }
        if let f = c.npsForecast {
            rows.append([f.quarterEnd + " (forecast)", NumberFormat.signed(f.forecast),
                         f.expectedRespondents.map { "≈ " + NumberFormat.integer(Int($0.rounded())) } ?? "",
                         interval(f.interval80), interval(f.interval95), NumberFormat.signed(f.naive)])
        }
        return ReportTable(
            id: "table-nps", caption: "NPS by quarter and next-quarter forecast",
            columns: [.init("Quarter end"), .init("NPS", numeric: true), .init("Respondents", numeric: true),
                      .init("80% interval", numeric: true), .init("95% interval", numeric: true),
                      .init("Naive forecast", numeric: true)],
            rows: rows)
    }

    public static func segments(_ c: ReportContent) -> ReportTable {
        let shown = c.segmentForecasts.sorted { $0.count > $1.count }.prefix(maxSegments)
        let note = c.segmentForecasts.count > shown.count
            ? "Showing the \(shown.count) largest of \(NumberFormat.integer(c.segmentForecasts.count)) segments." : nil
        return ReportTable(
            id: "table-segments", caption: "Next-quarter NPS by \(c.segmentAttribute ?? "segment")",
            columns: [.init(c.segmentAttribute ?? "Segment"), .init("Customers", numeric: true),
                      .init("Forecast", numeric: true), .init("80% interval", numeric: true),
                      .init("95% interval", numeric: true), .init("Naive", numeric: true), .init("Note")],
            rows: shown.map {
                [$0.segment, NumberFormat.integer($0.count), NumberFormat.signed($0.forecast), interval($0.interval80),
                 interval($0.interval95), $0.naive.map { NumberFormat.signed($0) } ?? "—",
                 $0.isSmall ? "small segment: less certain" : ""]
            },
            note: note)
    }

    public static func backtest(_ c: ReportContent) -> ReportTable {
        let k = c.backtest.count
        let c80 = c.backtest.filter(\.covered80).count, c95 = c.backtest.filter(\.covered95).count
        return ReportTable(
            id: "table-backtest", caption: "Backtest: each quarter forecast from the data before it",
            columns: [.init("Quarter end"), .init("Actual", numeric: true), .init("Forecast", numeric: true),
                      .init("80% interval", numeric: true), .init("In 80%?"), .init("95% interval", numeric: true),
                      .init("In 95%?"), .init("Naive", numeric: true)],
            rows: c.backtest.map {
                [$0.quarterEnd, NumberFormat.signed($0.actual), NumberFormat.signed($0.forecast), interval($0.interval80),
                 $0.covered80 ? "yes" : "no", interval($0.interval95), $0.covered95 ? "yes" : "no", NumberFormat.signed($0.naive)]
            },
            note: k == 0 ? nil : "Coverage: 80% interval \(c80) of \(k) (\(NumberFormat.percent(Double(c80) / Double(k), 0))), "
                + "95% interval \(c95) of \(k) (\(NumberFormat.percent(Double(c95) / Double(k), 0))).")
    }
}
