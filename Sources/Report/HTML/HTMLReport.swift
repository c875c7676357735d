/// The report as one self-contained HTML page: inline CSS and inline SVG charts, no scripts, no external
/// assets. The markup is also well-formed XML (every tag closed, text and attributes escaped), so tools and
/// tests can parse it with an XML parser.
///
/// Size does not grow with the number of customers: charts draw summaries (curves thinned to
/// `ReportCharts.maxCurvePoints`), and lists are capped (`ReportTables.maxAtRisk`, `maxSegments`).
public enum HTMLReport {
    public static func render(_ c: ReportContent) -> String {
        let sections = ReportLayout.sections(c)
        var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
        out += "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<meta name=\"generator\" content=\"churncast\"/>\n"
        out += "<title>\(Markup.escape(c.title))</title>\n<style>\(HTMLStyle.css)</style>\n</head>\n<body>\n<main>\n"
        out += "<header><h1>\(Markup.escape(c.title))</h1>"
        out += "<p class=\"meta\">Generated \(Markup.escape(c.generatedAt)) by churncast.</p></header>\n"
        out += navigation(sections)
        out += "<section id=\"section-headline\" aria-label=\"Headline numbers\"><div class=\"cards\">"
        for card in ReportLayout.cards(c) {
            out += "<div class=\"card\"><div class=\"label\">\(Markup.escape(card.label))</div>"
            out += "<div class=\"value\">\(Markup.escape(card.value))</div>"
            out += "<div class=\"detail\">\(Markup.escape(card.detail))</div></div>"
        }
        out += "</div></section>\n"
        out += "<section id=\"section-reading\"><h2>In plain words</h2><p class=\"reading\">"
        out += "\(Markup.escape(c.resolvedReading))</p></section>\n"
        out += "<section id=\"section-data\"><h2>The data</h2>\(ReportTables.data(c).html())</section>\n"
        for s in sections { out += section(s) }
        out += reproduce(c)
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    static func navigation(_ sections: [ReportSection]) -> String {
        var out = "<nav aria-label=\"Contents\"><a href=\"#section-reading\">Reading</a> <a href=\"#section-data\">Data</a>"
        for s in sections { out += " <a href=\"#\(s.id)\">\(Markup.escape(shortName(s.heading)))</a>" }
        return out + "</nav>\n"
    }

    /// A short navigation label for a section heading.
    static func shortName(_ heading: String) -> String {
        switch heading {
        case let h where h.hasPrefix("Does the model"): return "Ranking"
        case let h where h.hasPrefix("Can the probabilities"): return "Calibration"
        case let h where h.hasPrefix("Who to call"): return "Gains"
        case let h where h.hasPrefix("Customers at risk"): return "At risk"
        case let h where h.hasPrefix("Where NPS"): return "NPS"
        case let h where h.hasPrefix("NPS forecast by"): return "Segments"
        case let h where h.hasPrefix("How good"): return "Backtest"
        case let h where h.hasPrefix("What drives"): return "Drivers"
        default: return heading
        }
    }

    static func section(_ s: ReportSection) -> String {
        var out = "<section id=\"\(Markup.escape(s.id))\"><h2>\(Markup.escape(s.heading))</h2>"
        out += "<p>\(Markup.escape(s.intro))</p>\n"
        let figures = s.items.compactMap { item -> (SVGChart, String)? in
            if case .figure(let chart, let caption) = item { return (chart, caption) } else { return nil }
        }
        if !figures.isEmpty {
            out += "<div class=\"figures\">"
            for (chart, caption) in figures {
                out += "<figure id=\"figure-\(Markup.escape(chart.id))\"><h3>\(Markup.escape(chart.title))</h3>\n"
                out += chart.render()
                out += "\n<figcaption>\(Markup.escape(caption))</figcaption></figure>\n"
            }
            out += "</div>"
        }
        for item in s.items {
            if case .table(let t) = item { out += t.html() + "\n" }
        }
        if let cmd = s.command {
            out += "<p class=\"command\">Reproduce: <code>\(Markup.escape(cmd))</code></p>"
        }
        return out + "</section>\n"
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
