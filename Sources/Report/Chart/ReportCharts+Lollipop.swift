/// Horizontal dot-and-line charts (segments, theme drivers, risk families).
extension ReportCharts {
    /// Rows drawn bottom to top in the order given, one layer per legend colour; names cut to `maxLabelLength`.
    static func lollipop(_ rows: [LollipopRow], id: String, title: String, summary: String, axis: String,
                         legend: [(name: String, color: String)]) -> SVGChart {
        let names = rows.map { $0.name.count > maxLabelLength ? String($0.name.prefix(maxLabelLength - 1)) + "…" : $0.name }
        let r = ChartAxis.niceRange(rows.flatMap { [$0.low, $0.high, $0.value] }, including: [0], padding: 0.05)
        var layers: [ChartLayer] = [
            .line(.init(key: "zero", name: nil, points: [ChartPoint(0, -0.5), ChartPoint(0, Double(rows.count) - 0.5)],
                        color: Palette.reference, dashed: true, width: 1.5)),
        ]
        for (i, entry) in legend.enumerated() {
            let mine = rows.enumerated().filter { $0.element.color == entry.color }
            guard !mine.isEmpty else { continue }
            layers.append(.intervals(.init(key: "group\(i)", name: entry.name,
                                           rows: mine.map { .init(position: Double($0.offset), center: $0.element.value,
                                                                  low: $0.element.low, high: $0.element.high) },
                                           horizontal: true, color: entry.color)))
        }
        return SVGChart(
            id: id, title: title, summary: summary,
            x: .linear(label: axis, lower: r.lower, upper: r.upper, count: 4, format: { NumberFormat.signed($0, decimals(for: r)) }),
            y: .categories(label: "", names: names), layers: layers,
            width: 480, height: 140 + 30 * Double(rows.count))
    }
}
