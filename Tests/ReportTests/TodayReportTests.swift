import Testing
import Foundation
@testable import Report

/// The parts about the business today, drawn from the hand-made fixture: every figure appears formatted for
/// people, a missing part is left out, and text from customers is escaped.
@Suite struct TodayReportTests {
    let content: ReportContent
    let root: XMLNode

    init() throws {
        content = try Fixture.todayContent()
        let parsed = XMLNode.parse(HTMLReport.render(content))
        #expect(parsed.error == nil, "HTML is not well-formed XML: \(parsed.error ?? "")")
        root = try #require(parsed.root)
    }

    func text(_ id: String) throws -> String { try #require(root.element(id: id), "missing \(id)").allText }

    func rows(_ id: String) throws -> [String] {
        try #require(root.element(id: id)).descendants.filter { $0.name == "tr" }.map(\.allText)
    }

    @Test func headlineCardsShowTodaysNumbers() throws {
        let cards = try text("section-headline")
        for s in ["NPS, Q3 2026", "+22.0", "±5.1 (95%), 800 answers; 40% promoters, 42% passives, 18% detractors",
                  "NPS, last 90 days", "+21.5", "Change from Q2 2026", "+4.5", "p = 0.210, within chance",
                  "Customers at risk", "398", "in the high risk band, of 3,981 active", "≈ 231", "within 90 days",
                  "Revenue at risk", "5,235", "monthly_fee expected to leave; 9,876 in the highest band; 4.4% of 120,000",
                  "NPS forecast, Q4 2026", "+23.1", "80%: +18.6 to +29.6; 95%: +13.2 to +35.0"] {
            #expect(cards.contains(s), "\(s)")
        }
        #expect(!cards.contains("ROC-AUC"))   // the evaluation's cards moved to its own part
        let reading = try text("section-reading")
        #expect(reading.contains("In Q3 2026 the NPS was +22.0 (±5.1 at 95%, 800 answers: 40% promoters, 18% detractors), up 4.5 points from Q2 2026 — a change within chance (p = 0.210)."))
        #expect(reading.contains("398 of 3,981 active customers are in the high risk band; about 231 are expected to leave within 90 days, taking 5,235 of monthly_fee with them."))
        #expect(reading.contains("“price” goes most with detractors: 40% of the answers mentioning it are detractors, against 25% of the others."))
        #expect(reading.contains("The strongest signal of churn risk is engagement (strong; higher lowers the risk): Customers who engage less are more likely to leave."))
    }

    @Test func npsByQuarterHasSharesIntervalsAndTheForecast() throws {
        let r = try rows("table-nps-quarters")
        #expect(r.count == 1 + 4 + 1)
        // 36% promoters − 22% detractors = +14.0.
        #expect(r[1] == "Q4 2025" + "700" + "36%" + "42%" + "22%" + "+14.0" + "+7.9 to +20.0")
        #expect(r[5].hasPrefix("Q4 2026 forecast≈ 753") && r[5].hasSuffix("+23.180%: +18.6 to +29.6; 95%: +13.2 to +35.0"))
        let shares = try #require(root.element(id: "chart-nps-shares"))
        #expect(try #require(shares.element(id: "chart-nps-shares-detractors")).dataPoints.map { $0[1] } == [0.22, 0.21, 0.215, 0.18])
        #expect(try #require(shares.element(id: "chart-nps-shares-promoters")).dataPoints.allSatisfy { abs($0[1] - 1) < 1e-9 })
        #expect(shares.allText.contains("+14") && shares.allText.contains("+22"))
        let nps = try #require(root.element(id: "chart-nps-quarters"))
        #expect(try #require(nps.element(id: "chart-nps-quarters-history")).dataPoints.first == [0, 14, 7.9, 20])
        #expect(try #require(nps.element(id: "chart-nps-quarters-forecast80")).dataPoints == [[4, 23.1, 18.6, 29.6]])
        #expect(try #require(nps.element(id: "chart-nps-quarters-forecast95")).dataPoints == [[4, 23.1, 13.2, 35]])
        #expect(nps.allText.contains("Q4*"))
    }

    @Test func segmentsAreTestedAgainstTheRest() throws {
        let r = try rows("table-segment-nps")
        #expect(r.count == 4)
        #expect(r[1] == "pro" + "400" + "+28.0" + "+19.8 to +35.9" + "+9.6" + "p = 0.031, statistically real" + "+28.8" + "+22.0 to +35.0")
        #expect(r[2] == "basic" + "300" + "+12.0" + "+3.1 to +20.5" + "−16.0" + "p < 0.001, statistically real" + "+13.5" + "+6.0 to +21.0")
        #expect(r[3].hasPrefix("enterprise (small)100+25.0") && r[3].contains("p = 0.620, within chance"))
        let chart = try #require(root.element(id: "chart-segment-nps"))
        // Sorted by NPS from the bottom: basic (below the rest), enterprise (no clear difference), pro (above).
        #expect(try #require(chart.element(id: "chart-segment-nps-group1")).dataPoints == [[0, 12, 3.1, 20.5]])
        #expect(try #require(chart.element(id: "chart-segment-nps-group2")).dataPoints == [[1, 25, 10.5, 38]])
        #expect(try #require(chart.element(id: "chart-segment-nps-group0")).dataPoints == [[2, 28, 19.8, 35.9]])
    }

    @Test func whoToCallLinksTheFullList() throws {
        let r = try rows("table-call-list")
        #expect(r.count == 4)
        #expect(r[1] == "1" + "C003460" + "33.8%" + "high" + "3" + "49.00" + "no engagement for 247 days; 0 likes in the last 90 days (typical 17.7)")
        #expect(r[2].contains("—"))   // no last score
        #expect(r[3].contains("<script>alert(1)</script> & \"quoted\" reason"))
        let link = try #require(root.descendants.first { $0.name == "a" && $0.attributes["href"] == "today-report-customers-to-call.csv" })
        #expect(link.allText == "The full list of 398 customers (CSV)")
        #expect(try text("section-call").contains("The full list has 398 customers."))
    }

    @Test func detractorsToFollowUpWithTheirCommentsEscaped() throws {
        let html = HTMLReport.render(content)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"))
        let r = try rows("table-follow-ups")
        #expect(r.count == 4)
        #expect(r[1] == "2026-09-28" + "C002001" + "2" + "<script>alert(\"x\")</script> & 'quotes' — Support never answers" + "support" + "21.0%")
        #expect(r[2].contains("Der Preis ist zu hoch, aber der Service ist gut.") && r[2].contains("price, support"))
        #expect(r[3] == "2026-09-02" + "C002003" + "0" + "(no comment)" + "—" + "—")
    }

    @Test func whatCustomersSay() throws {
        let voice = try text("section-voice")
        #expect(voice.contains("500 comments on 800 answers in the last four quarters"))
        // support among detractors: 45 negative of 58 = 77.6%.
        #expect(try rows("table-themes")[1] == "support" + "150" + "52 (4% negative)" + "40 (25% negative)" + "58 (78% negative)")
        // 37.4% − 22.6% = +14.8 points.
        #expect(try rows("table-theme-drivers")[1] == "support" + "155" + "37%" + "23%" + "+14.8" + "< 0.001")
        let sentiment = try #require(root.element(id: "chart-sentiment"))
        // Detractors: 90 negative of 140 comments.
        #expect(abs(try #require(sentiment.element(id: "chart-sentiment-negative")).dataPoints[2][1] - 90.0 / 140.0) < 1e-6)
        #expect(sentiment.allText.contains("140 comments"))
        let shares = try #require(root.element(id: "chart-theme-shares-theme-0")).dataPoints
        #expect(shares.map { $0[1] } == [0.2, 0.25, 0.3])
        let drivers = try #require(root.element(id: "chart-theme-drivers"))
        #expect(drivers.descendants.contains { $0.attributes["data-points"]?.contains("1,14.8,0,14.8") == true })
        let quotes = root.descendants.filter { $0.name == "blockquote" }.map(\.allText)
        #expect(quotes.count == 2)
        #expect(quotes[0].hasPrefix("<script>alert(\"x\")</script> & 'quotes'"))
        #expect(quotes[0].hasSuffix("score 2 (detractor), 2026-09-28, C002001, negative, en"))
        #expect(quotes[1].contains("Schnelle Hilfe vom Support, danke!"))
    }

    @Test func riskFamiliesInPlainWords() throws {
        let r = try rows("table-risk-families")
        #expect(r[1] == "Engagement" + "higher lowers the risk" + "strong (42%)" + "Customers who engage less are more likely to leave.")
        #expect(r[2] == "NPS answers" + "works both ways" + "strong (25%)" + "Detractors and customers who stopped answering leave more often.")
        #expect(r[3].contains("moderate (18%)") && r[4].contains("weak (8%)") && r[4].contains("higher raises the risk"))
        let chart = try #require(root.element(id: "chart-risk-families"))
        #expect(try #require(chart.element(id: "chart-risk-families-group0")).dataPoints == [[0, 8, 0, 8]])
        #expect(try #require(chart.element(id: "chart-risk-families-group1")).dataPoints == [[1, -18, -18, 0], [3, -42, -42, 0]])
    }

    @Test func evaluationIsALaterDatedPart() throws {
        let part = try #require(root.element(id: "section-evaluation"))
        #expect(part.children.first { $0.name == "h2" }?.allText == "How good the models are (evaluated on 2026-03-31)")
        for id in ["section-ranking", "section-calibration", "section-gains", "section-backtest", "chart-roc",
                   "section-evaluation-headline", "table-data"] {
            #expect(part.element(id: id) != nil, "\(id)")
        }
        #expect(part.allText.contains("ROC-AUC"))
        // Today's parts replace the old at-risk list, NPS history and segment forecasts.
        for id in ["section-risk", "section-nps", "section-segments", "table-at-risk"] { #expect(root.element(id: id) == nil, "\(id)") }
        let html = HTMLReport.render(content)
        let order = ["section-nps-quarters", "section-segment-nps", "section-call", "section-follow-ups", "section-voice",
                     "section-risk-families", "section-evaluation"].map { html.range(of: "id=\"\($0)\"")!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test(arguments: [
        ("npsByQuarter", ["section-nps-quarters", "chart-nps-shares"]),
        ("callList", ["section-call", "table-call-list"]),
        ("voice", ["section-voice", "chart-sentiment", "table-themes"]),
        ("riskFamilies", ["section-risk-families"]),
    ])
    func aMissingPartIsLeftOut(part: String, ids: [String]) throws {
        var c = content
        switch part {
        case "npsByQuarter": c.npsByQuarter = nil
        case "callList": c.callList = nil
        case "voice": c.voice = nil
        default: c.riskFamilies = nil
        }
        let r = try #require(XMLNode.parse(HTMLReport.render(c)).root)
        for id in ids { #expect(r.element(id: id) == nil, "\(id)") }
        #expect(r.element(id: "section-follow-ups") != nil)
    }

    @Test func withoutTodayTheOldPageIsKept() throws {
        let old = try Fixture.sampleContent()
        #expect(!old.hasToday)
        let r = try #require(XMLNode.parse(HTMLReport.render(old)).root)
        #expect(r.element(id: "section-evaluation") == nil && r.element(id: "section-voice") == nil)
        #expect(r.element(id: "section-risk") != nil && r.element(id: "section-nps") != nil)
        #expect(try #require(r.element(id: "section-headline")).allText.contains("ROC-AUC"))
    }

    @Test func refusesImpossibleFigures() throws {
        var c = content
        c.segmentNPS!.rows[1].againstRest!.pValue = 1.5
        #expect(throws: ReportError.invalidContent(field: "segmentNPS.rows[1].againstRest.pValue", expected: "a share from 0 to 1", found: "1.5")) {
            try c.validate()
        }
        c = content
        c.followUps!.responses[0].score = 11
        #expect(throws: ReportError.invalidContent(field: "followUps.responses[0].score", expected: "a score from 0 to 10", found: "11")) {
            try c.validate()
        }
        try content.validate()
    }

    @Test func sideFileNamesFollowTheBase() {
        let f = ReportContent.SideFiles.standard(forBase: "notebooks-export/sample-report.html")
        #expect(f == ReportContent.SideFiles(scores: "sample-report-scores.csv", forecast: "sample-report-forecast.json",
                                             evaluation: "sample-report-evaluation.json", comments: "sample-report-comments.csv",
                                             customersToCall: "sample-report-customers-to-call.csv"))
    }

    @Test func callListCSVQuotesWhatItMust() {
        let csv = CallListCSV.render([
            .init(id: "C1", probability: 0.5, band: "high", reasons: ["a, b", "say \"hi\""], lastScore: 3, value: 19.5),
            .init(id: "C2", probability: 0.25, band: "medium", reasons: []),
        ])
        #expect(csv == "rank,customer_id,churn_probability,risk_band,last_score,value,reasons\n"
            + "1,C1,0.5,high,3,19.5,\"a, b; say \"\"hi\"\"\"\n2,C2,0.25,medium,,,\n")
    }
}
