import Testing
import Foundation
@testable import Report

@Suite struct HTMLReportTests {
    let content = SyntheticReport(n: 4000, seed: 7).content()

    func parsed(_ c: ReportContent) throws -> XMLNode {
        let html = HTMLReport.render(c)
        let result = XMLNode.parse(html)
        #expect(result.error == nil, "HTML is not well-formed XML: \(result.error ?? "")")
        return try #require(result.root)
    }

    @Test func isWellFormedXMLWithEveryChartAndTable() throws {
        let root = try parsed(content)
        #expect(root.name == "html")
        let ids = ["chart-roc", "chart-pr", "chart-calibration", "chart-gains", "chart-lift", "chart-risk-bands",
                   "chart-nps", "chart-backtest", "chart-churn-coefficients", "chart-nps-coefficients",
                   "table-data", "table-baselines", "table-calibration", "table-gains", "table-risk-bands",
                   "table-at-risk", "table-nps", "table-segments", "table-backtest",
                   "section-headline", "section-reading", "section-reproduce"]
        for id in ids { #expect(root.element(id: id) != nil, "missing \(id)") }
        for chart in root.descendants where chart.name == "svg" {
            #expect(chart.attributes["viewBox"] != nil)
            #expect(chart.children.contains { $0.name == "title" && !$0.allText.isEmpty })
        }
    }

    @Test func isSelfContained() {
        let html = HTMLReport.render(content)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("url("))
        #expect(!html.contains("<link"))
        // The only URLs are the XML namespace names of XHTML and SVG.
        let urls = html.components(separatedBy: "http").count - 1
        let namespaces = html.components(separatedBy: "xmlns=\"http://www.w3.org/").count - 1
        #expect(urls == namespaces)
        #expect(html.contains("<meta name=\"viewport\""))
        #expect(html.contains("@media print"))
        #expect(html.contains("@media (max-width: 600px)"))
    }

    @Test func headlineAndReadingComeFirst() throws {
        let html = HTMLReport.render(content)
        let headline = try #require(html.range(of: "id=\"section-headline\""))
        let reading = try #require(html.range(of: "id=\"section-reading\""))
        let roc = try #require(html.range(of: "id=\"chart-roc\""))
        #expect(headline.lowerBound < reading.lowerBound && reading.lowerBound < roc.lowerBound)
        let root = try parsed(content)
        let readingText = try #require(root.element(id: "section-reading")).allText
        #expect(readingText.contains(PlainLanguageReading.make(content)))
        let cards = try #require(root.element(id: "section-headline")).allText
        #expect(cards.contains(NumberFormat.fixed(content.headline.rocAUC, 3)))
        #expect(cards.contains("+9.5"))   // the NPS forecast, signed
    }

    @Test func showsAtMostTwentyCustomersAtRisk() throws {
        let root = try parsed(content)   // 25 given
        let table = try #require(root.element(id: "table-at-risk"))
        let rows = table.descendants.filter { $0.name == "tr" }
        #expect(rows.count == 1 + 20)
        #expect(table.allText.contains("no engagement for 60 days"))
        #expect(!table.descendants.contains { $0.name == "td" && $0.allText == "C20" })
    }

    @Test func escapesTextEverywhere() throws {
        var c = content
        let evil = "<script>alert('x') & \"quotes\"</script> \u{1}bell"
        c.title = evil
        c.atRisk[0].id = evil
        c.atRisk[0].reasons = ["a < b & c > d"]
        c.segmentForecasts[0].segment = "A&B <gold>"
        c.churnCoefficients[0].name = "x<y>&z"
        c.commands.evaluate = "churncast evaluate --data 'a&b' --model <m>"
        let html = HTMLReport.render(c)
        #expect(!html.contains("<script>"))
        let root = try parsed(c)
        let title = try #require(root.descendants.first { $0.name == "h1" })
        #expect(title.allText == "<script>alert('x') & \"quotes\"</script> \u{FFFD}bell")
        #expect(try #require(root.element(id: "table-at-risk")).allText.contains("a < b & c > d"))
        #expect(try #require(root.element(id: "table-segments")).allText.contains("A&B <gold>"))
        #expect(try #require(root.element(id: "chart-churn-coefficients")).allText.contains("x<y>&z"))
    }

    @Test func segmentTableMarksSmallSegments() throws {
        let root = try parsed(content)
        let rows = try #require(root.element(id: "table-segments")).descendants.filter { $0.name == "tr" }
        let tiny = try #require(rows.first { $0.allText.contains("tiny") })
        #expect(tiny.allText.contains("small segment"))
        #expect(tiny.allText.contains("—"))   // no naive forecast
        let monthly = try #require(rows.first { $0.allText.contains("monthly") })
        #expect(monthly.allText.contains("+3.0 to +9.0"))
        #expect(!monthly.allText.contains("small segment"))
    }

    @Test func leavesOutSectionsWithoutData() throws {
        var c = content
        c.backtest = []
        c.npsCoefficients = []
        c.segmentForecasts = []
        let root = try parsed(c)
        #expect(root.element(id: "chart-backtest") == nil)
        #expect(root.element(id: "section-backtest") == nil)
        #expect(root.element(id: "chart-nps-coefficients") == nil)
        #expect(root.element(id: "section-segments") == nil)
        #expect(root.element(id: "chart-churn-coefficients") != nil)
    }
}
