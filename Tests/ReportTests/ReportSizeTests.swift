import Testing
@testable import Report

/// A report about a million customers stays small: charts summarise, lists are capped.
@Suite struct ReportSizeTests {
    @Test func millionCustomerReportStaysUnderTwoMegabytes() throws {
        var c = SyntheticReport(n: 2000, seed: 8).content(atRisk: 0)
        let n = 1_000_000
        // A careless pipeline passing a point per customer, every customer at risk and many segments.
        c.roc = (0...n).map { i in let f = Double(i) / Double(n); return ROCPoint(fpr: f, tpr: f.squareRoot()) }
        c.precisionRecall = (1...n).map { i in let r = Double(i) / Double(n); return PRPoint(recall: r, precision: 1 - 0.8 * r) }
        c.atRisk = (0..<50_000).map { AtRiskCustomer(id: "C\($0)", probability: 0.5, band: "high", reasons: ["r"]) }
        c.segmentForecasts = (0..<5_000).map {
            SegmentForecast(segment: "s\($0)", count: 200, forecast: 1, interval80: Interval(low: 0, high: 2),
                            interval95: Interval(low: -1, high: 3), naive: 1, isSmall: false)
        }
        c.evaluation!.rows = n
        let html = HTMLReport.render(c)
        let notebook = NotebookExport.render(c)
        #expect(html.utf8.count < 2_000_000)
        #expect(notebook.utf8.count < 2_000_000)
        // √f has area 2/3; the thinned curve keeps it.
        let curve = try #require(XMLNode.parse(html).root?.element(id: "chart-roc-curve")).dataPoints
        #expect(curve.count <= ReportCharts.maxCurvePoints)
        #expect(abs(trapezoidArea(curve) - 2.0 / 3.0) < 1e-3)
        #expect(html.contains("Showing the 200 largest of 5,000 segments."))
    }
}
