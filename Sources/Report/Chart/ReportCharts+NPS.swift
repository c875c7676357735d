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

    /// `npsByQuarter` of the history's quarters (`quarterEnds`, `values`, `layers`), then, when there is a
    /// `forecast`, next quarter marked *: `forecastPart` gives, for its position on x, the values the NPS axis must
    /// hold and the layers that draw it.
    static func npsWithForecast(id: String, title: String, summary: String, quarterAxis: String,
                                quarterEnds: [String], values: [Double], layers: [ChartLayer], forecast: NPSForecast?,
                                height: Double,
                                forecastPart: (NPSForecast, _ x: Double) -> (values: [Double], layers: [ChartLayer]))
        -> SVGChart {
        var names = quarterEnds.map(quarterLabel), values = values, layers = layers
        if let f = forecast {
            names.append(forecastQuarterLabel(f.quarterEnd))
            let part = forecastPart(f, Double(names.count - 1))
            values += part.values
            layers += part.layers
        }
        return npsByQuarter(id: id, title: title, summary: summary, quarterAxis: quarterAxis, names: names,
                            values: values, layers: layers, height: height)
    }

    /// NPS by quarter, then the forecast quarter: the forecast with its 80% and 95% intervals fanning out from
    /// the last actual quarter, and the naive forecast (last quarter carried forward).
    public static func nps(_ c: ReportContent) -> SVGChart? {
        guard !c.npsHistory.isEmpty || c.npsForecast != nil else { return nil }
        let history = c.npsHistory.enumerated().map { ChartPoint(Double($0.offset), $0.element.nps) }
        return npsWithForecast(
            id: "chart-nps", title: "NPS by quarter and next-quarter forecast",
            summary: "NPS in each past quarter, and next quarter's forecast (marked *) with 80% and 95% intervals "
                + "and the naive forecast.",
            quarterAxis: "Quarter", quarterEnds: c.npsHistory.map(\.quarterEnd), values: c.npsHistory.map(\.nps),
            layers: [.line(.init(key: "history", name: "NPS", points: history, color: Palette.blue, markers: true))],
            forecast: c.npsForecast, height: 380
        ) { f, x in
            ([f.interval95.low, f.interval95.high, f.naive], fan(f, at: x, from: history.last))
        }
    }

    /// The forecast at `fx` with its 95% and 80% intervals fanning out from `last` (the last actual quarter, when
    /// there is one), and the naive forecast as a short dashed line.
    static func fan(_ f: NPSForecast, at fx: Double, from last: ChartPoint?) -> [ChartLayer] {
        let start = last.map { [$0] } ?? []
        let from = start.map { ChartAxisRow($0.x, $0.y, $0.y) }
        return [
            .band(.init(key: "interval95", name: "95% interval",
                        rows: (from + [ChartAxisRow(fx, f.interval95.low, f.interval95.high)]).map(\.row),
                        color: Palette.orange, opacity: 0.22)),
            .band(.init(key: "interval80", name: "80% interval",
                        rows: (from + [ChartAxisRow(fx, f.interval80.low, f.interval80.high)]).map(\.row),
                        color: Palette.orange, opacity: 0.45)),
            .line(.init(key: "naive", name: "Naive: last quarter carried forward",
                        points: [ChartPoint(last?.x ?? fx - 0.4, f.naive), ChartPoint(fx + 0.3, f.naive)],
                        color: Palette.reference, dashed: true, width: 2)),
            .line(.init(key: "forecast", name: "Forecast", points: start + [ChartPoint(fx, f.forecast)],
                        color: Palette.vermillion, width: 2.5, markers: true)),
        ]
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
