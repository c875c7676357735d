import Testing
import Foundation
@testable import Report

/// The numbers drawn can be read back from the charts and match the evaluation figures.
@Suite struct ChartDataTests {
    func chart(_ html: String, _ id: String) throws -> XMLNode {
        let root = try #require(XMLNode.parse(html).root)
        return try #require(root.element(id: id))
    }

    @Test(arguments: [(UInt64(7), 4000, 2), (UInt64(11), 20000, -1)])
    func rocAreaFromSVGEqualsAUC(seed: UInt64, n: Int, decimals: Int) throws {
        // decimals −1: unrounded scores, a point per customer, so the chart must thin the curve.
        let data = SyntheticReport(n: n, seed: seed, decimals: decimals < 0 ? nil : decimals)
        let c = data.content()
        let svg = try chart(HTMLReport.render(c), "chart-roc")
        let curve = try #require(svg.element(id: "chart-roc-curve")).dataPoints
        #expect(curve.count <= ReportCharts.maxCurvePoints)
        #expect(curve.first! == [0, 0] && curve.last! == [1, 1])
        let area = trapezoidArea(curve)
        #expect(abs(area - data.mannWhitneyAUC()) < 0.0005, "area \(area) vs Mann–Whitney AUC \(data.mannWhitneyAUC())")
        #expect(NumberFormat.fixed(area, 3) == NumberFormat.fixed(c.headline.rocAUC, 3))
        #expect(try #require(svg.element(id: "chart-roc-chance")).dataPoints == [[0, 0], [1, 1]])
    }

    @Test func rocAreaMatchesScikitLearnOnTheSampleFixture() throws {
        // roc_auc_score from scikit-learn, written by scripts/reference/make-report-content.py.
        let c = try Fixture.sampleContent()
        #expect(abs(c.headline.rocAUC - 0.812466) < 1e-6)
        let curve = try #require(try chart(HTMLReport.render(c), "chart-roc").element(id: "chart-roc-curve")).dataPoints
        #expect(c.roc.count > ReportCharts.maxCurvePoints && curve.count <= ReportCharts.maxCurvePoints)
        #expect(abs(trapezoidArea(curve) - 0.812466) < 0.0005)
    }

    @Test func polylinePixelsFollowTheDataPoints() throws {
        // The drawn pixels are an increasing linear map of the data: x_px = a + b·fpr, y_px = c − d·tpr.
        let c = SyntheticReport(n: 3000, seed: 3).content()
        let layer = try #require(try chart(HTMLReport.render(c), "chart-roc").element(id: "chart-roc-curve"))
        let data = layer.dataPoints
        let polyline = try #require(layer.children.first { $0.name == "polyline" })
        let pixels = polyline.attributes["points"]!.split(separator: " ").map { $0.split(separator: ",").map { Double($0)! } }
        #expect(pixels.count == data.count)
        let (x0, x1, y0, y1) = (pixels.first![0], pixels.last![0], pixels.first![1], pixels.last![1])
        #expect(x1 > x0 && y1 < y0)
        for (p, d) in zip(pixels, data) {
            #expect(abs(p[0] - (x0 + (x1 - x0) * d[0])) < 0.11)
            #expect(abs(p[1] - (y0 + (y1 - y0) * d[1])) < 0.11)
        }
    }

    @Test func gainsLiftAndCalibrationMatchTheContent() throws {
        let data = SyntheticReport(n: 5000, seed: 5)
        let c = data.content()
        let html = HTMLReport.render(c)
        let gains = try #require(try chart(html, "chart-gains").element(id: "chart-gains-curve")).dataPoints
        #expect(gains.count == 11 && gains[0] == [0, 0])
        for (row, g) in zip(gains.dropFirst(), c.gains) {
            #expect(abs(row[0] - g.shareOfCustomers) < 1e-6 && abs(row[1] - g.shareOfChurnersCaptured) < 1e-6)
        }
        // Per-decile lift: the churn rate of the decile's customers over the overall rate, counted here directly.
        let lift = try #require(try chart(html, "chart-lift").element(id: "chart-lift-bars")).dataPoints
        let order = data.scores.indices.sorted { data.scores[$0] > data.scores[$1] }
        let overall = Double(data.positives) / Double(data.scores.count)
        for k in 0..<10 {
            let decile = order[(5000 * k / 10)..<(5000 * (k + 1) / 10)]
            let rate = Double(decile.filter { data.labels[$0] }.count) / Double(decile.count)
            #expect(abs(lift[k][1] - rate / overall) < 1e-5, "decile \(k + 1)")
        }
        let bins = try #require(try chart(html, "chart-calibration").element(id: "chart-calibration-bins"))
        #expect(bins.dataPoints.map { $0[1] } == c.calibration.map { (($0.observedRate * 1e6).rounded() / 1e6) })
        #expect(bins.children.filter { $0.name == "circle" }.count == 10)
        #expect(bins.allText.contains("500 customers"))
    }

    @Test func npsChartHasForecastInsideNestedIntervalsAndTheNaiveLine() throws {
        let c = SyntheticReport(n: 1000, seed: 1).content()
        let svg = try chart(HTMLReport.render(c), "chart-nps")
        let history = try #require(svg.element(id: "chart-nps-history")).dataPoints
        #expect(history.map { $0[1] } == [14, 12.5, 11])
        let b80 = try #require(svg.element(id: "chart-nps-interval80")).dataPoints.last!
        let b95 = try #require(svg.element(id: "chart-nps-interval95")).dataPoints.last!
        #expect(b80 == [3, 6, 13] && b95 == [3, 4, 15])
        #expect(try #require(svg.element(id: "chart-nps-forecast")).dataPoints.last! == [3, 9.5])
        #expect(try #require(svg.element(id: "chart-nps-naive")).dataPoints.allSatisfy { $0[1] == 11 })
        #expect(svg.allText.contains("Q2*"))   // the forecast quarter, 2026-06-30, is marked
    }

    @Test func npsChartWithoutHistoryDrawsTheForecastAlone() throws {
        // The forecast of SyntheticReport (9.5, 80% 6 to 13, 95% 4 to 15, naive 11) is the only category, at x 0:
        // the fan has nothing to start from, so each interval is one row and the naive line a short stub around it.
        var c = SyntheticReport(n: 1000, seed: 1).content()
        c.npsHistory = []
        let svg = try chart(HTMLReport.render(c), "chart-nps")
        #expect(try #require(svg.element(id: "chart-nps-interval80")).dataPoints == [[0, 6, 13]])
        #expect(try #require(svg.element(id: "chart-nps-interval95")).dataPoints == [[0, 4, 15]])
        #expect(try #require(svg.element(id: "chart-nps-forecast")).dataPoints == [[0, 9.5]])
        #expect(try #require(svg.element(id: "chart-nps-naive")).dataPoints == [[-0.4, 11], [0.3, 11]])
        #expect(svg.allText.contains("Q2*"))
    }

    @Test func coefficientsAreSortedWithTheirIntervals() throws {
        let c = SyntheticReport(n: 1000, seed: 1).content()
        let svg = try chart(HTMLReport.render(c), "chart-churn-coefficients")
        let rows = ["raises", "lowers", "unclear"].flatMap { key in
            svg.element(id: "chart-churn-coefficients-\(key)")?.dataPoints ?? []
        }.sorted { $0[0] < $1[0] }
        // position 0 is the bottom: estimates increase upwards.
        #expect(rows.map { $0[1] } == [-0.4, 0.02, 0.8])
        #expect(rows.map { [$0[2], $0[3]] } == [[-0.5, -0.3], [-0.1, 0.14], [0.7, 0.9]])
        #expect(try #require(svg.element(id: "chart-churn-coefficients-unclear")).dataPoints.count == 1)
    }

    @Test func riskBandBarsCountCustomers() throws {
        let c = SyntheticReport(n: 1000, seed: 1).content()
        let bars = try #require(try chart(HTMLReport.render(c), "chart-risk-bands").element(id: "chart-risk-bands-bars"))
        #expect(bars.dataPoints.map { $0[1] } == [3100, 1400, 500])
        #expect(bars.allText.contains("3,100 (62%)"))
    }
}
