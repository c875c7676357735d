import Testing
import Foundation
@testable import Report

/// Layout rules checked on every chart of the today page: text stays at least 11 CSS px when the chart is drawn
/// 364 px wide (a 390 px phone less the page's and the figure's padding and border), and the y axis title sits
/// between the legend and the plot, overlapping neither.
@Suite struct ChartLayoutTests {
    /// The width a chart gets on a 390 px screen: 390 − 2 × 8 (main padding) − 2 × 4 (figure padding) − 2 × 1 (border).
    static let phoneWidth = 364.0

    @Test func chartTextIsAtLeastElevenPixelsOnAPhone() throws {
        let root = try #require(XMLNode.parse(HTMLReport.render(try Fixture.todayContent())).root)
        let charts = root.descendants.filter { $0.name == "svg" }
        #expect(charts.count >= 15)
        for svg in charts {
            let width = try #require(Double(svg.attributes["viewBox"]!.split(separator: " ")[2]))
            let scale = min(1, Self.phoneWidth / width)
            let sizes = ([svg] + svg.descendants).compactMap { $0.attributes["font-size"].flatMap(Double.init) }
            #expect(!sizes.isEmpty)
            for size in sizes {
                #expect(size * scale >= 11, "\(svg.attributes["id"]!): \(size) px × \(scale) = \(size * scale) px")
            }
        }
    }

    @Test func yAxisTitleSitsBetweenTheLegendAndThePlot() throws {
        let root = try #require(XMLNode.parse(HTMLReport.render(try Fixture.todayContent())).root)
        for svg in root.descendants where svg.name == "svg" {
            let id = svg.attributes["id"]!
            let texts = svg.descendants.filter { $0.name == "text" }
            // Legend text baselines; the y title's baseline; the plot's top (the y axis line's upper end).
            let legend = svg.descendants.first { $0.attributes["class"] == "legend" }?.descendants
                .filter { $0.name == "text" }.compactMap { $0.attributes["y"].flatMap(Double.init) } ?? []
            guard let title = texts.first(where: { $0.attributes["class"] == "axis-title" && $0.attributes["text-anchor"] == "start" }),
                  let y = title.attributes["y"].flatMap(Double.init) else { continue }
            #expect(title.attributes["transform"] == nil, "\(id): the y title is not turned")
            let size = SVGChart.titleFontSize
            // Cap height ≈ 0.75 em above the baseline, descenders ≈ 0.25 em below it.
            if let lowest = legend.max() { #expect(y - 0.75 * size >= lowest + 0.25 * SVGChart.fontSize, "\(id): title under the legend") }
            let axis = svg.descendants.filter { $0.name == "line" }.compactMap { l -> Double? in
                guard l.attributes["x1"] == l.attributes["x2"], let a = Double(l.attributes["y1"] ?? ""),
                      let b = Double(l.attributes["y2"] ?? "") else { return nil }
                return min(a, b)
            }.min()
            if let top = axis { #expect(y + 0.25 * size <= top, "\(id): title above the plot") }
        }
    }
}
