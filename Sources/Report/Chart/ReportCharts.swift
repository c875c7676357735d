/// The report's charts, built from `ReportContent`. Each chart has a stable id (`chart-roc`, `chart-pr`,
/// `chart-calibration`, `chart-gains`, `chart-lift`, `chart-risk-bands`, `chart-nps`, `chart-backtest`,
/// `chart-churn-coefficients`, `chart-nps-coefficients`); a chart whose data is missing is nil.
public enum ReportCharts {
    /// The most points a curve is drawn with.
    public static let maxCurvePoints = 400
    /// The most coefficients a forest plot shows (the largest in size).
    public static let maxCoefficients = 30

    static func percentTick(_ v: Double) -> String { NumberFormat.percent(v, 0) }

    /// ROC curve with the chance diagonal. Data points are (false positive rate, true positive rate), 0–1.
    public static func roc(_ c: ReportContent) -> SVGChart? {
        guard c.roc.count >= 2 else { return nil }
        let pts = CurveThinning.thin(c.roc.map { ChartPoint($0.fpr, $0.tpr) }, maxCount: maxCurvePoints)
        return SVGChart(
            id: "chart-roc", title: "ROC curve",
            summary: "True positive rate against false positive rate of the churn model at every threshold; "
                + "area \(NumberFormat.fixed(c.headline.rocAUC, 3)).",
            x: .linear(label: "False positive rate (% of non-churners flagged)", lower: 0, upper: 1, format: percentTick),
            y: .linear(label: "True positive rate (% of churners)", lower: 0, upper: 1, format: percentTick),
            layers: [
                .line(.init(key: "chance", name: "Chance (AUC 0.5)", points: [ChartPoint(0, 0), ChartPoint(1, 1)],
                            color: Palette.reference, dashed: true, width: 1.5)),
                .line(.init(key: "curve", name: "Model (AUC \(NumberFormat.fixed(c.headline.rocAUC, 3)))",
                            points: pts, color: Palette.blue)),
            ])
    }

    /// Precision–recall curve with the churn rate (a random ranking's precision) as a reference line.
    public static func precisionRecall(_ c: ReportContent) -> SVGChart? {
        guard c.precisionRecall.count >= 2 else { return nil }
        let pts = CurveThinning.thin(c.precisionRecall.map { ChartPoint($0.recall, $0.precision) },
                                     maxCount: maxCurvePoints)
        var layers: [ChartLayer] = []
        if let rate = c.evaluation?.churnRate {
            layers.append(.line(.init(key: "chance", name: "Random (\(NumberFormat.percent(rate)) precision)",
                                      points: [ChartPoint(0, rate), ChartPoint(1, rate)], color: Palette.reference,
                                      dashed: true, width: 1.5)))
        }
        layers.append(.line(.init(key: "curve", name: "Model (AP \(NumberFormat.fixed(c.headline.prAUC, 3)))",
                                  points: pts, color: Palette.vermillion)))
        return SVGChart(
            id: "chart-pr", title: "Precision–recall curve",
            summary: "Share of flagged customers who churned against share of churners flagged.",
            x: .linear(label: "Recall (% of churners flagged)", lower: 0, upper: 1, format: percentTick),
            y: .linear(label: "Precision (% of flagged who churn)", lower: 0, upper: 1, format: percentTick),
            layers: layers)
    }

    /// Observed churn rate against mean predicted probability per bin, dots sized by the bin's customers.
    public static func calibration(_ c: ReportContent) -> SVGChart? {
        guard !c.calibration.isEmpty else { return nil }
        let top = c.calibration.map { max($0.meanPredicted, $0.observedRate) }.max() ?? 1
        let upper = min(1, ChartAxis.niceRange([top], including: [0], padding: 0.08).upper)
        let biggest = Double(c.calibration.map(\.count).max() ?? 1)
        let radii = c.calibration.map { 3.5 + 8.5 * (Double($0.count) / max(biggest, 1)).squareRoot() }
        let tips = c.calibration.map {
            "\(NumberFormat.integer($0.count)) customers: predicted \(NumberFormat.percent($0.meanPredicted)), "
                + "observed \(NumberFormat.percent($0.observedRate))"
        }
        return SVGChart(
            id: "chart-calibration", title: "Calibration",
            summary: "Observed churn rate against mean predicted probability in each probability bin; dot area "
                + "grows with the number of customers in the bin.",
            x: .linear(label: "Mean predicted churn probability (%)", lower: 0, upper: upper, format: percentTick),
            y: .linear(label: "Observed churn rate (%)", lower: 0, upper: upper, format: percentTick),
            layers: [
                .line(.init(key: "perfect", name: "Perfect calibration", points: [ChartPoint(0, 0), ChartPoint(upper, upper)],
                            color: Palette.reference, dashed: true, width: 1.5)),
                .scatter(.init(key: "bins", name: "Bins (size = customers)",
                               points: c.calibration.map { ChartPoint($0.meanPredicted, $0.observedRate) },
                               radii: radii, tooltips: tips, color: Palette.blue)),
            ])
    }

    /// Cumulative gains: share of churners reached against share of customers contacted, riskiest first.
    public static func gains(_ c: ReportContent) -> SVGChart? {
        guard !c.gains.isEmpty else { return nil }
        let pts = [ChartPoint(0, 0)] + c.gains.map { ChartPoint($0.shareOfCustomers, $0.shareOfChurnersCaptured) }
        return SVGChart(
            id: "chart-gains", title: "Cumulative gains",
            summary: "Share of all churners reached when contacting customers in order of predicted risk.",
            x: .linear(label: "Customers contacted, riskiest first (%)", lower: 0, upper: 1, format: percentTick),
            y: .linear(label: "Churners reached (%)", lower: 0, upper: 1, format: percentTick),
            layers: [
                .line(.init(key: "random", name: "Random order", points: [ChartPoint(0, 0), ChartPoint(1, 1)],
                            color: Palette.reference, dashed: true, width: 1.5)),
                .line(.init(key: "curve", name: "Model", points: pts, color: Palette.bluishGreen, markers: true)),
            ])
    }

    /// Lift of each decile on its own: its churn rate over the overall churn rate.
    /// ```
    /// lift_k = (captured_k − captured_{k−1}) / (share_k − share_{k−1})
    /// ```
    public static func lift(_ c: ReportContent) -> SVGChart? {
        guard !c.gains.isEmpty else { return nil }
        var prev = GainsRow(shareOfCustomers: 0, shareOfChurnersCaptured: 0)
        var bars: [ChartPoint] = []
        for (i, g) in c.gains.enumerated() {
            let width = g.shareOfCustomers - prev.shareOfCustomers
            bars.append(ChartPoint(Double(i), width > 0 ? (g.shareOfChurnersCaptured - prev.shareOfChurnersCaptured) / width : 0))
            prev = g
        }
        let upper = ChartAxis.niceRange(bars.map(\.y), including: [0, 1.2], padding: 0.12).upper
        let names = c.gains.map { NumberFormat.percent($0.shareOfCustomers, 0) }
        return SVGChart(
            id: "chart-lift", title: "Lift by decile",
            summary: "Churn rate in each tenth of customers, riskiest first, divided by the overall churn rate.",
            x: .categories(label: "Customers by risk, riskiest first (up to %)", names: names),
            y: .linear(label: "Lift (× overall churn rate)", lower: 0, upper: upper,
                       format: { NumberFormat.fixed($0, $0.rounded() == $0 ? 0 : 1) + "×" }),
            layers: [
                .line(.init(key: "random", name: "Random (1×)", points: [ChartPoint(-0.5, 1), ChartPoint(Double(bars.count) - 0.5, 1)],
                            color: Palette.reference, dashed: true, width: 1.5)),
                .bars(.init(key: "bars", name: "Lift of the decile", points: bars, colors: [Palette.bluishGreen],
                            labels: bars.map { NumberFormat.fixed($0.y, 1) })),
            ])
    }

    /// Customers per risk band, lowest risk first, coloured from green to vermillion.
    public static func riskBands(_ c: ReportContent) -> SVGChart? {
        guard !c.riskBands.isEmpty else { return nil }
        let counts = c.riskBands.map { Double($0.count) }
        let total = max(counts.reduce(0, +), 1)
        let upper = ChartAxis.niceRange(counts, including: [0], padding: 0.15).upper
        return SVGChart(
            id: "chart-risk-bands", title: "Customers by risk band",
            summary: "Number of customers in each churn risk band.",
            x: .categories(label: "Risk band", names: c.riskBands.map(\.band)),
            y: .linear(label: "Customers", lower: 0, upper: upper, format: { compactCount($0) }),
            layers: [
                .bars(.init(key: "bars", name: nil,
                            points: counts.enumerated().map { ChartPoint(Double($0.offset), $0.element) },
                            colors: Palette.riskScale(counts.count), barWidth: 0.6,
                            labels: counts.map { "\(compactCount($0)) (\(NumberFormat.percent($0 / total, 0)))" })),
            ])
    }

    /// 1234567 → "1.2M", 12345 → "12.3k", 950 → "950", for tick and bar labels.
    static func compactCount(_ v: Double) -> String {
        switch abs(v) {
        case 1_000_000...: return NumberFormat.fixed(v / 1_000_000, v.truncatingRemainder(dividingBy: 1_000_000) == 0 ? 0 : 1) + "M"
        case 10_000...: return NumberFormat.fixed(v / 1000, v.truncatingRemainder(dividingBy: 1000) == 0 ? 0 : 1) + "k"
        default: return NumberFormat.integer(Int(v.rounded()))
        }
    }
}
