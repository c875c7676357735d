/// The report as one self-contained HTML page: inline CSS and inline SVG charts, no scripts, no external
/// assets. The markup is also well-formed XML (every tag closed, text and attributes escaped), so tools and
/// tests can parse it with an XML parser.
///
/// With content about the business today the page opens with it (cards, reading, sections) and the evaluation
/// follows as a dated part, "How good the models are"; older content keeps the evaluation-first page.
///
/// Size does not grow with the number of customers: charts draw summaries (curves thinned to
/// `ReportCharts.maxCurvePoints`), and lists are capped (`ReportTables.maxAtRisk`, `maxToCall`, `maxSegments`).
public enum HTMLReport {
    public static func render(_ c: ReportContent) -> String {
        let sections = ReportLayout.sections(c)
        var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
        out += "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<meta name=\"generator\" content=\"churncast\"/>\n"
        out += "<title>\(Markup.escape(c.title))</title>\n<style>\(HTMLStyle.css)</style>\n</head>\n<body>\n<main>\n"
        out += "<header><h1>\(Markup.escape(c.title))</h1>"
        out += "<p class=\"meta\">Generated \(Markup.escape(c.generatedAt)) by churncast.</p></header>\n"
        out += navigation(c, sections)
        out += cards(ReportLayout.cards(c), id: "section-headline", label: "Headline numbers")
        if c.hasToday {
            if let reading = PlainLanguageReading.today(c) {
                out += "<section id=\"section-reading\"><h2>In plain words</h2><p class=\"reading\">\(Markup.escape(reading))</p></section>\n"
            }
            for s in sections where s.part == .today { out += section(s, level: 2) }
            out += evaluationPart(c, sections.filter { $0.part == .evaluation })
        } else {
            out += "<section id=\"section-reading\"><h2>In plain words</h2><p class=\"reading\">"
            out += "\(Markup.escape(c.resolvedReading))</p></section>\n"
            out += "<section id=\"section-data\"><h2>The data</h2>\(ReportTables.data(c).html())</section>\n"
            for s in sections { out += section(s, level: 2) }
        }
        out += reproduce(c)
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    /// "How good the models are (evaluated on 2026-06-30)": the evaluation's cards, reading and data, then its
    /// sections one level down.
    static func evaluationPart(_ c: ReportContent, _ sections: [ReportSection]) -> String {
        var out = "<section id=\"section-evaluation\" class=\"part\"><h2>\(Markup.escape(ReportLayout.evaluationHeading(c)))</h2>"
        out += "<p>\(Markup.escape(ReportLayout.evaluationIntro(c)))</p>\n"
        out += cards(ReportLayout.evaluationCards(c), id: "section-evaluation-headline", label: "Evaluation figures")
        out += "<p class=\"reading\">\(Markup.escape(c.resolvedReading))</p>\n"
        out += "<section id=\"section-data\"><h3>The data</h3>\(ReportTables.data(c).html())</section>\n"
        for s in sections { out += section(s, level: 3) }
        return out + "</section>\n"
    }

    static func cards(_ cards: [HeadlineCard], id: String, label: String) -> String {
        var out = "<section id=\"\(id)\" aria-label=\"\(Markup.escape(label))\"><div class=\"cards\">"
        for card in cards {
            out += "<div class=\"card\"><div class=\"label\">\(Markup.escape(card.label))</div>"
            out += "<div class=\"value\">\(Markup.escape(card.value))</div>"
            out += "<div class=\"detail\">\(Markup.escape(card.detail))</div></div>"
        }
        return out + "</div></section>\n"
    }

    static func navigation(_ c: ReportContent, _ sections: [ReportSection]) -> String {
        var links: [(String, String)] = [("section-reading", "Reading")]
        if c.hasToday {
            links += sections.filter { $0.part == .today }.map { ($0.id, $0.navLabel) }
            links.append(("section-evaluation", "How good the models are"))
        } else {
            links.append(("section-data", "Data"))
            links += sections.map { ($0.id, $0.navLabel) }
        }
        return "<nav aria-label=\"Contents\">"
            + links.map { "<a href=\"#\($0.0)\">\(Markup.escape($0.1))</a>" }.joined(separator: " ") + "</nav>\n"
    }

    /// A section with its heading at `level` (2 or 3) and its figure titles one below.
    static func section(_ s: ReportSection, level: Int) -> String {
        var out = "<section id=\"\(Markup.escape(s.id))\"><h\(level)>\(Markup.escape(s.heading))</h\(level)>"
        out += "<p>\(Markup.escape(s.intro))</p>\n"
        let figures = s.items.compactMap { item -> (SVGChart, String)? in
            if case .figure(let chart, let caption) = item { return (chart, caption) } else { return nil }
        }
        if !figures.isEmpty {
            out += "<div class=\"figures\">"
            for (chart, caption) in figures {
                out += "<figure id=\"figure-\(Markup.escape(chart.id))\"><h\(level + 1)>\(Markup.escape(chart.title))</h\(level + 1)>\n"
                out += chart.render()
                out += "\n<figcaption>\(Markup.escape(caption))</figcaption></figure>\n"
            }
            out += "</div>"
        }
        for item in s.items {
            switch item {
            case .figure: continue
            case .table(let t): out += t.html() + "\n"
            case .link(let text, let href):
                out += "<p class=\"file-link\"><a href=\"\(Markup.escape(href))\">\(Markup.escape(text))</a>: "
                out += "<code>\(Markup.escape(href))</code>, beside this page.</p>\n"
            case .quotes(let heading, let responses): out += quotes(heading, responses, level: level + 1)
            }
        }
        if let cmd = s.command {
            out += "<p class=\"command\">Reproduce: <code>\(Markup.escape(cmd))</code></p>"
        }
        return out + "</section>\n"
    }

    /// Example comments as block quotes, each with its score, date and tone.
    static func quotes(_ heading: String, _ responses: [ReportContent.Response], level: Int) -> String {
        var out = "<div class=\"quotes\"><h\(level)>\(Markup.escape(heading))</h\(level)>"
        for r in responses {
            out += "<blockquote><p>\(Markup.escape(r.comment ?? ""))</p><footer>\(Markup.escape(ReportTables.attribution(r)))</footer></blockquote>"
        }
        return out + "</div>\n"
    }

    static func reproduce(_ c: ReportContent) -> String {
        let cmds = ReportLayout.commands(c)
        guard !cmds.isEmpty else { return "" }
        var out = "<section id=\"section-reproduce\"><h2>Reproduce this report</h2><ol class=\"commands\">"
        for (purpose, cmd) in cmds {
            out += "<li>\(Markup.escape(purpose)):<pre><code>\(Markup.escape(cmd))</code></pre></li>"
        }
        return out + "</ol></section>\n"
    }
}
