/// The charts of the parts about the business today. Ids: `chart-nps-shares`, `chart-nps-quarters`,
/// `chart-segment-nps`, `chart-sentiment`, `chart-theme-shares`, `chart-theme-drivers`, `chart-risk-families`.
extension ReportCharts {
    /// Detractors, passives, promoters (bottom to top) as stacked 100% bars per quarter, the NPS written above.
    public static func npsShares(_ c: ReportContent) -> SVGChart? {
        guard let qs = c.npsByQuarter, !qs.isEmpty else { return nil }
        let names = qs.map { quarterLabel($0.quarterEnd) }
        let layers = stacked([("detractors", "Detractors (0–6)", Palette.vermillion, qs.map(\.detractorShare)),
                              ("passives", "Passives (7–8)", "#B8B8B8", qs.map(\.passiveShare)),
                              ("promoters", "Promoters (9–10)", Palette.bluishGreen, qs.map(\.promoterShare))],
                             topLabels: qs.map { NumberFormat.signed($0.nps, 0) }, barWidth: 0.66)
        return SVGChart(
            id: "chart-nps-shares", title: "Promoters, passives and detractors",
            summary: "Share of answers in each NPS group per calendar quarter; the NPS is written above each bar.",
            x: .categories(label: "Quarter (NPS above the bar)", names: names),
            y: .linear(label: "Share of answers (%)", lower: 0, upper: 1.12, count: 4, format: percentTick),
            layers: layers, height: 360)
    }

    /// NPS per quarter with its 95% interval, then next quarter's forecast with its 80% and 95% intervals.
    public static func npsQuarters(_ c: ReportContent) -> SVGChart? {
        guard let qs = c.npsByQuarter, !qs.isEmpty else { return nil }
        let history = ChartLayer.intervals(.init(key: "history", name: "NPS, 95% interval",
                                                 rows: qs.enumerated().map { i, q in
                                                     .init(position: Double(i), center: q.nps, low: q.interval95?.low ?? q.nps,
                                                           high: q.interval95?.high ?? q.nps)
                                                 },
                                                 horizontal: false, color: Palette.blue, width: 3))
        return npsWithForecast(
            id: "chart-nps-quarters", title: "NPS by quarter and next quarter's forecast",
            summary: "NPS of each calendar quarter with its 95% interval, and next quarter's forecast (marked *) with "
                + "its 80% and 95% intervals.",
            quarterAxis: "Quarter (* forecast)", quarterEnds: qs.map(\.quarterEnd),
            values: qs.flatMap { [$0.nps] + ($0.interval95.map { [$0.low, $0.high] } ?? []) }, layers: [history],
            forecast: c.npsForecast, height: 360
        ) { f, x in
            ([f.interval95.low, f.interval95.high], [
                .intervals(.init(key: "forecast95", name: "Forecast, 95%",
                                 rows: [.init(position: x, center: f.forecast, low: f.interval95.low, high: f.interval95.high)],
                                 horizontal: false, color: "#F3C77A", width: 12)),
                .intervals(.init(key: "forecast80", name: "80%",
                                 rows: [.init(position: x, center: f.forecast, low: f.interval80.low, high: f.interval80.high)],
                                 horizontal: false, color: Palette.vermillion, width: 5)),
            ])
        }
    }

    /// Each segment's NPS with its 95% interval; green when clearly above the rest, vermillion when clearly below.
    public static func segmentNPS(_ c: ReportContent) -> SVGChart? {
        guard let t = c.segmentNPS, !t.rows.isEmpty else { return nil }
        let shown = Array(t.rows.sorted { $0.respondents > $1.respondents }.prefix(maxCoefficients).sorted { $0.nps < $1.nps })
        let rows = shown.map { LollipopRow(name: $0.segment, value: $0.nps, low: $0.interval95.low, high: $0.interval95.high,
                                           color: color(of: $0.againstRest)) }
        return lollipop(rows, id: "chart-segment-nps", title: "NPS by \(t.attribute), \(t.period)",
                        summary: "Each segment's NPS with its 95% interval; coloured when it differs from the rest "
                            + "of the customers at the 5% level.",
                        axis: "NPS with 95% interval", legend: [("Above the rest", Palette.bluishGreen),
                                                               ("Below the rest", Palette.vermillion),
                                                               ("No clear difference", Palette.reference)])
    }

    /// Stacked bars, one layer per part from the bottom up (each part's bars run from the parts below to their
    /// sum), with `topLabels` over the top part.
    static func stacked(_ parts: [(key: String, name: String, color: String, values: [Double])], topLabels: [String],
                        barWidth: Double) -> [ChartLayer] {
        var bottoms = [Double](repeating: 0, count: parts.first?.values.count ?? 0)
        return parts.enumerated().map { i, part in
            let tops = zip(bottoms, part.values).map(+)
            defer { bottoms = tops }
            return .bars(.init(key: part.key, name: part.name,
                               points: tops.enumerated().map { ChartPoint(Double($0.offset), $0.element) },
                               colors: [part.color], barWidth: barWidth, labels: i == parts.count - 1 ? topLabels : nil,
                               bottoms: bottoms))
        }
    }

    static func color(of change: NPSChange?) -> String {
        guard let ch = change, ch.isStatisticallyReal else { return Palette.reference }
        return ch.difference > 0 ? Palette.bluishGreen : Palette.vermillion
    }

    /// Comments' sentiment per NPS group, as stacked 100% bars.
    public static func sentiment(_ c: ReportContent) -> SVGChart? {
        guard let groups = c.voice?.sentimentByGroup, groups.contains(where: { $0.comments > 0 }) else { return nil }
        func share(_ pick: (GroupSentiment) -> Int) -> [Double] {
            groups.map { $0.comments > 0 ? Double(pick($0)) / Double($0.comments) : 0 }
        }
        let layers = stacked([("negative", "Negative", Palette.vermillion, share(\.negative)),
                              ("neutral", "Neutral", "#B8B8B8", share(\.neutral)),
                              ("positive", "Positive", Palette.bluishGreen, share(\.positive))],
                             topLabels: groups.map { "\(NumberFormat.integer($0.comments)) comments" }, barWidth: 0.6)
        return SVGChart(
            id: "chart-sentiment", title: "How the comments sound",
            summary: "Share of negative, neutral and positive comments among promoters, passives and detractors.",
            x: .categories(label: "Who wrote them", names: groups.map { $0.group.plural }),
            y: .linear(label: "Share of comments (%)", lower: 0, upper: 1.12, count: 4, format: percentTick),
            layers: layers, height: 340)
    }

    /// The share of each quarter's comments mentioning each of the most mentioned themes.
    public static func themeShares(_ c: ReportContent) -> SVGChart? {
        guard let v = c.voice, v.themeShares.count >= 2 else { return nil }
        let top = v.themes.prefix(5).map(\.theme)
        let colors = [Palette.blue, Palette.vermillion, Palette.bluishGreen, Palette.orange, Palette.reddishPurple]
        let layers: [ChartLayer] = top.enumerated().map { i, theme in
            .line(.init(key: "theme-\(i)", name: theme,
                        points: v.themeShares.enumerated().map { q, row in
                            ChartPoint(Double(q), row.shares.first { $0.theme == theme }?.share ?? 0)
                        },
                        color: colors[i], width: 2.5, markers: true))
        }
        let peak = v.themeShares.flatMap { $0.shares.filter { top.contains($0.theme) }.map(\.share) }.max() ?? 0.1
        return SVGChart(
            id: "chart-theme-shares", title: "Themes over time",
            summary: "Share of each quarter's comments mentioning each of the five most mentioned themes.",
            x: .categories(label: "Quarter", names: v.themeShares.map { quarterLabel($0.quarterEnd) }),
            y: .linear(label: "Share of comments (%)", lower: 0, upper: min(1, ChartAxis.niceRange([peak], including: [0]).upper),
                       count: 4, format: percentTick),
            layers: layers, height: 360)
    }

    /// Per theme, detractor share with the theme minus without it, in points: the themes that go with detractors.
    public static func themeDrivers(_ c: ReportContent) -> SVGChart? {
        guard let drivers = c.voice?.drivers, !drivers.isEmpty else { return nil }
        let rows = drivers.sorted { $0.differenceInPoints < $1.differenceInPoints }.suffix(maxCoefficients).map { d in
            LollipopRow(name: d.theme, value: d.differenceInPoints, low: min(0, d.differenceInPoints),
                        high: max(0, d.differenceInPoints),
                        color: d.differenceInPoints > 0 ? Palette.vermillion : Palette.bluishGreen)
        }
        return lollipop(Array(rows), id: "chart-theme-drivers", title: "Themes that go with detractors",
                        summary: "For each theme, the detractor share of answers mentioning it minus the share of those "
                            + "that do not, in percentage points.",
                        axis: "Detractor share with − without (points)",
                        legend: [("More detractors", Palette.vermillion), ("Fewer detractors", Palette.bluishGreen)])
    }

    /// Each feature family's strength, to the right when higher values raise the risk, to the left when they lower it.
    public static func riskFamilies(_ c: ReportContent) -> SVGChart? {
        guard let families = c.riskFamilies, !families.isEmpty else { return nil }
        let rows = families.sorted { $0.strength < $1.strength }.suffix(maxCoefficients).map { f in
            let v = (f.direction == .lowers ? -1 : 1) * f.strength * 100
            return LollipopRow(name: f.family, value: v, low: min(0, v), high: max(0, v),
                               color: f.direction == .raises ? Palette.vermillion
                                   : (f.direction == .lowers ? Palette.blue : Palette.reference))
        }
        return lollipop(Array(rows), id: "chart-risk-families", title: "What moves churn risk",
                        summary: "Each kind of signal's share of the churn model's effect, drawn right when more of "
                            + "it raises the risk and left when it lowers it.",
                        axis: "Share of the model's effect (%)",
                        legend: [("Raises risk", Palette.vermillion), ("Lowers risk", Palette.blue), ("Both ways", Palette.reference)])
    }
}
