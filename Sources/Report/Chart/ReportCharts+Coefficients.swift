/// Forest plots of standardised coefficients with their 95% intervals.
extension ReportCharts {
    /// The churn model's coefficients (log-odds per standard deviation), largest at the top.
    public static func churnCoefficients(_ c: ReportContent) -> SVGChart? {
        forest(c.churnCoefficients, id: "chart-churn-coefficients", title: "What drives churn risk",
               axis: "Standardised coefficient (log-odds per SD)", raises: "Raises churn risk",
               lowers: "Lowers churn risk")
    }

    /// The next-score model's coefficients (score points per standard deviation), largest at the top.
    public static func npsCoefficients(_ c: ReportContent) -> SVGChart? {
        forest(c.npsCoefficients, id: "chart-nps-coefficients", title: "What drives the next NPS score",
               axis: "Standardised coefficient (score points per SD)", raises: "Raises the score",
               lowers: "Lowers the score")
    }

    /// Names longer than this are cut with an ellipsis on the chart (the tables keep them whole).
    static let maxLabelLength = 26

    static func forest(_ all: [Coefficient], id: String, title: String, axis: String, raises: String,
                       lowers: String) -> SVGChart? {
        guard !all.isEmpty else { return nil }
        // The largest effects, then sorted so the largest estimate is drawn at the top (category 0 is the bottom).
        let shown = all.sorted { abs($0.estimate) > abs($1.estimate) }.prefix(maxCoefficients)
            .sorted { $0.estimate < $1.estimate }
        let names = shown.map { $0.name.count > maxLabelLength ? String($0.name.prefix(maxLabelLength - 1)) + "…" : $0.name }
        let bounds = shown.flatMap { [$0.interval95.low, $0.interval95.high, $0.estimate] }
        let r = ChartAxis.niceRange(bounds, including: [0], padding: 0.05)
        func rows(_ keep: (Coefficient) -> Bool) -> [ChartLayer.Intervals.Row] {
            shown.enumerated().filter { keep($0.element) }.map {
                .init(position: Double($0.offset), center: $0.element.estimate, low: $0.element.interval95.low,
                      high: $0.element.interval95.high)
            }
        }
        var layers: [ChartLayer] = [
            .line(.init(key: "zero", name: nil, points: [ChartPoint(0, -0.5), ChartPoint(0, Double(shown.count) - 0.5)],
                        color: Palette.reference, dashed: true, width: 1.5)),
        ]
        let groups: [(String, String, (Coefficient) -> Bool)] = [
            ("raises", raises, { $0.isClear && $0.estimate > 0 }),
            ("lowers", lowers, { $0.isClear && $0.estimate < 0 }),
            ("unclear", "Unclear (interval includes 0)", { !$0.isClear }),
        ]
        let colors = [Palette.vermillion, Palette.blue, Palette.reference]
        for (i, g) in groups.enumerated() {
            let r = rows(g.2)
            if !r.isEmpty {
                layers.append(.intervals(.init(key: g.0, name: g.1, rows: r, horizontal: true, color: colors[i])))
            }
        }
        let note = all.count > shown.count ? " Showing the \(shown.count) largest of \(all.count)." : ""
        return SVGChart(
            id: id, title: title,
            summary: "Standardised coefficients with 95% intervals, sorted by estimate." + note,
            x: .linear(label: axis, lower: r.lower, upper: r.upper, format: { NumberFormat.fixed($0, decimals(for: r)) }),
            y: .categories(label: "", names: names), layers: layers,
            width: 480, height: 130 + 30 * Double(shown.count))
    }

    /// Tick decimals for an axis range: fewer for wide ranges.
    static func decimals(for r: (lower: Double, upper: Double)) -> Int {
        let span = r.upper - r.lower
        return span >= 10 ? 0 : (span >= 1 ? 1 : 2)
    }
}
