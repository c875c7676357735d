/// The NPS charts: history with the next-quarter forecast fan, and the backtest.
extension ReportCharts {
    /// "2025-06-30" → "Q2\n2025" (two lines, so many quarters fit side by side).
    static func quarterLabel(_ date: String) -> String {
        let parts = date.split(separator: "-")
        guard parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) else { return date }
        return "Q\((month - 1) / 3 + 1)\n\(parts[0])"
    }

    /// The forecast quarter's label, marked: "2026-09-30" → "Q3*\n2026".
    static func forecastQuarterLabel(_ date: String) -> String { quarterLabel(date).replacingFirstLine { $0 + "*" } }

    /// A chart of NPS by quarter, as the history, its forecast and the backtest draw it: one category per quarter
    /// on x (`names`, the axis labelled `quarterAxis`), the NPS axis fitted to `values` on y.
    static func npsByQuarter(id: String, title: String, summary: String, quarterAxis: String, names: [String],
                             values: [Double], layers: [ChartLayer], height: Double = 350) -> SVGChart {
        SVGChart(id: id, title: title, summary: summary, x: .categories(label: quarterAxis, names: names),
                 y: npsAxis(values), layers: layers, height: height)
    }

    static func npsAxis(_ values: [Double]) -> ChartAxis {
        let r = ChartAxis.niceRange(values, including: [0], padding: 0.08)
        return .linear(label: "NPS (−100 to +100)", lower: max(r.lower, -100), upper: min(r.upper, 100),
                       format: { NumberFormat.signed($0, 0) })
    }

    /// NPS by quarter, then the forecast quarter: the forecast with its 80% and 95% intervals fanning out from
    /// the last actual quarter, and the naive forecast (last quarter carried forward).
    public static func nps(_ c: ReportContent) -> SVGChart? {
        guard !c.npsHistory.isEmpty || c.npsForecast != nil else { return nil }
        var names = c.npsHistory.map { quarterLabel($0.quarterEnd) }
        var values = c.npsHistory.map(\.nps)
        var layers: [ChartLayer] = []
        let history = c.npsHistory.enumerated().map { ChartPoint(Double($0.offset), $0.element.nps) }
        if let f = c.npsForecast {
            names.append(forecastQuarterLabel(f.quarterEnd))
            values += [f.interval95.low, f.interval95.high, f.naive]
            let fx = Double(names.count - 1)
            let anchor = history.last ?? ChartPoint(fx, f.forecast)
            let from = history.isEmpty ? [] : [ChartAxisRow(anchor.x, anchor.y, anchor.y)]
            layers.append(.band(.init(key: "interval95", name: "95% interval",
                                      rows: (from + [ChartAxisRow(fx, f.interval95.low, f.interval95.high)]).map(\.row),
                                      color: Palette.orange, opacity: 0.22)))
            layers.append(.band(.init(key: "interval80", name: "80% interval",
                                      rows: (from + [ChartAxisRow(fx, f.interval80.low, f.interval80.high)]).map(\.row),
                                      color: Palette.orange, opacity: 0.45)))
            layers.append(.line(.init(key: "naive", name: "Naive: last quarter carried forward",
                                      points: [ChartPoint(history.isEmpty ? fx - 0.4 : anchor.x, f.naive), ChartPoint(fx + 0.3, f.naive)],
                                      color: Palette.reference, dashed: true, width: 2)))
            layers.append(.line(.init(key: "forecast", name: "Forecast",
                                      points: (history.isEmpty ? [] : [anchor]) + [ChartPoint(fx, f.forecast)],
                                      color: Palette.vermillion, width: 2.5, markers: true)))
        }
        layers.insert(.line(.init(key: "history", name: "NPS", points: history, color: Palette.blue,
                                  markers: true)), at: 0)
        return npsByQuarter(
            id: "chart-nps", title: "NPS by quarter and next-quarter forecast",
            summary: "NPS in each past quarter, and next quarter's forecast (marked *) with 80% and 95% intervals "
                + "and the naive forecast.",
            quarterAxis: "Quarter", names: names, values: values, layers: layers, height: 380)
    }

    /// Each backtest quarter's forecast with its 80% and 95% intervals, the actual NPS and the naive forecast.
    public static func backtest(_ c: ReportContent) -> SVGChart? {
        guard !c.backtest.isEmpty else { return nil }
        let rows = c.backtest
        let names = rows.map { quarterLabel($0.quarterEnd) }
        let values = rows.flatMap { [$0.actual, $0.naive, $0.interval95.low, $0.interval95.high] }
        func intervals(_ pick: (BacktestRow) -> Interval) -> [ChartLayer.Intervals.Row] {
            rows.enumerated().map { i, r in
                .init(position: Double(i), center: r.forecast, low: pick(r).low, high: pick(r).high)
            }
        }
        return npsByQuarter(
            id: "chart-backtest", title: "Backtest of the NPS forecast",
            summary: "For each past quarter, the forecast made from the data before it with its 80% and 95% "
                + "intervals, against the actual NPS and the naive forecast.",
            quarterAxis: "Quarter forecast", names: names, values: values,
            layers: [
                .intervals(.init(key: "interval95", name: "Forecast, 95% interval", rows: intervals(\.interval95),
                                 horizontal: false, color: Palette.skyBlue, width: 10)),
                .intervals(.init(key: "interval80", name: "80% interval", rows: intervals(\.interval80),
                                 horizontal: false, color: Palette.blue, width: 4)),
                .line(.init(key: "naive", name: "Naive",
                            points: rows.enumerated().map { ChartPoint(Double($0.offset), $0.element.naive) },
                            color: Palette.reference, dashed: true, width: 1.5, markers: true)),
                .line(.init(key: "actual", name: "Actual NPS",
                            points: rows.enumerated().map { ChartPoint(Double($0.offset), $0.element.actual) },
                            color: Palette.black, width: 2, markers: true)),
            ])
    }
}

/// A band row built positionally, to keep the fan construction short.
private struct ChartAxisRow {
    let row: ChartLayer.Band.Row
    init(_ x: Double, _ low: Double, _ high: Double) { row = .init(x: x, low: low, high: high) }
}

private extension String {
    /// "Q3\n2026" with `transform` applied to "Q3".
    func replacingFirstLine(_ transform: (String) -> String) -> String {
        guard let nl = firstIndex(of: "\n") else { return transform(self) }
        return transform(String(self[..<nl])) + String(self[nl...])
    }
}
