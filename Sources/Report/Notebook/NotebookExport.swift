import Foundation
import Support

/// The report as a Jupyter notebook (nbformat 4.5) that continues the work: markdown cells for the text, a code
/// cell per part showing the page's charts and tables (saved as outputs, so it renders on GitHub unrun; run, it
/// reads them from the page beside it), and cells that load the data files written beside the report with pandas
/// and redraw the key charts with matplotlib. It runs top to bottom from its own folder, never runs `churncast`
/// and writes nothing; the commands that made the files are listed as text at the end.
public enum NotebookExport {
    /// `page` is the HTML page's file name beside the notebook (e.g. "sample-report.html").
    public static func render(_ c: ReportContent, page: String = "report.html") -> String {
        var cells: [Notebook.Cell] = []
        var header = "# \(markdownText(c.title))\n\nGenerated \(markdownText(c.generatedAt)) by churncast. "
        header += "Run it top to bottom from its own folder: it reads the page `\(markdownText(page))` and the data files "
        header += "written beside it, redraws the key charts, and writes nothing. Its saved outputs are the report as made."
        cells.append(.init(id: "title", kind: .markdown, source: header))
        cells.append(.init(id: "setup", kind: .code, source: NotebookCode.setup(page: page, files: c.files)))
        cells.append(.init(id: "headline", kind: .markdown, source: "## Headline numbers\n\n" + headlineTable(ReportLayout.cards(c))))
        let reading = c.hasToday ? PlainLanguageReading.today(c) : c.resolvedReading
        if let reading {
            cells.append(.init(id: "reading", kind: .markdown, source: "## In plain words\n\n" + markdownText(reading)))
        }
        let sections = ReportLayout.sections(c)
        for s in sections where s.part == .today { cells += sectionCells(s, level: 2) }
        if c.hasToday {
            var intro = "## \(markdownText(ReportLayout.evaluationHeading(c)))\n\n\(markdownText(ReportLayout.evaluationIntro(c)))\n\n"
            intro += headlineTable(ReportLayout.evaluationCards(c)) + "\n" + markdownText(c.resolvedReading)
            cells.append(.init(id: "evaluation", kind: .markdown, source: intro))
        }
        cells.append(.init(id: "data", kind: .markdown, source: "## The data\n\n" + ReportTables.data(c).markdown()))
        for s in sections where s.part == .evaluation { cells += sectionCells(s, level: c.hasToday ? 3 : 2) }
        cells += commandCells(c)
        let notebook = Notebook(cells: cells,
                                metadata: .init(churncast: .init(title: c.title, generated_at: c.generatedAt)))
        // Encoding plain strings and numbers cannot fail; a failure here is a bug. nbformat's keys are snake_case
        // already, so JSONText's key strategy leaves them as they are.
        guard let text = try? JSONText.encode(notebook) else { preconditionFailure("notebook JSON encoding failed") }
        return text + "\n"
    }

    /// The section's heading and intro, a cell showing its charts and tables (with them saved as outputs), its
    /// example comments and file link as markdown, then the pandas cells that continue it.
    static func sectionCells(_ s: ReportSection, level: Int) -> [Notebook.Cell] {
        let key = String(s.id.dropFirst("section-".count))
        var text = "\(String(repeating: "#", count: level)) \(markdownText(s.heading))\n\n\(markdownText(s.intro))"
        if let cmd = s.command { text += "\n\nMade by `\(cmd.replacingOccurrences(of: "`", with: "'"))` (run it in a terminal)." }
        var cells: [Notebook.Cell] = [.init(id: key + "-text", kind: .markdown, source: text)]
        var ids: [String] = [], outputs: [Notebook.Output] = [], extra: [String] = []
        for item in s.items {
            switch item {
            case .figure(let chart, let caption):
                ids.append(chart.id)
                outputs.append(Notebook.Output(data: ["image/svg+xml": chart.render(), "text/plain": "<\(chart.title): \(caption)>"]))
            case .table(let t):
                ids.append(t.id)
                outputs.append(Notebook.Output(data: ["text/html": t.html(), "text/plain": t.markdown()]))
            case .link(let label, let href):
                extra.append("[\(markdownText(label))](\(href.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? href))")
            case .quotes(let heading, let responses):
                extra.append("**\(markdownText(heading))**\n\n" + responses.map {
                    "> \(markdownText(($0.comment ?? "").replacingOccurrences(of: "\n", with: " ")))\n>\n> \u{2014} \(markdownText(ReportTables.attribution($0)))"
                }.joined(separator: "\n\n"))
            }
        }
        let source = "show_saved(" + ids.map(NotebookCode.python).joined(separator: ", ") + ")"
        cells.append(.init(id: key + "-saved", kind: .code, source: source, outputs: outputs))
        if !extra.isEmpty { cells.append(.init(id: key + "-more", kind: .markdown, source: extra.joined(separator: "\n\n"))) }
        for (i, code) in continuation(key).enumerated() {
            cells.append(.init(id: "\(key)-pandas-\(i + 1)", kind: .code, source: code))
        }
        return cells
    }

    /// The pandas cells that follow a section: the scores and call list after who to call, the forecast after
    /// NPS, the comments after what customers say, the evaluation's curves after ranking and calibration.
    static func continuation(_ key: String) -> [String] {
        switch key {
        case "call", "risk": return [NotebookCode.scores] + (key == "call" ? [NotebookCode.callList] : [])
        case "nps-quarters", "nps": return [NotebookCode.forecast]
        case "voice": return [NotebookCode.comments]
        case "ranking": return [NotebookCode.roc]
        case "calibration": return [NotebookCode.calibration]
        default: return []
        }
    }

    /// The commands that made the files, as text to run in a terminal (never run from here).
    static func commandCells(_ c: ReportContent) -> [Notebook.Cell] {
        let cmds = ReportLayout.commands(c)
        guard !cmds.isEmpty else { return [] }
        var text = "## How these files were made\n\nRun these in a terminal from the repository, not from this notebook:\n\n```sh\n"
        for (purpose, cmd) in cmds { text += "# \(purpose)\n\(cmd)\n" }
        return [.init(id: "commands", kind: .markdown, source: text + "```")]
    }

    static func headlineTable(_ cards: [HeadlineCard]) -> String {
        ReportTable(id: "table-headline", caption: "Headline numbers",
                    columns: [.init("Figure"), .init("Value", numeric: true), .init("Context")],
                    rows: cards.map { [$0.label, $0.value, $0.detail] }).markdown()
    }

    /// Text for a markdown cell: `&`, `<`, `>` as entities and markdown's markup characters backslash-escaped, so
    /// nothing in the data is read as HTML or emphasis. Quotes stay as they are: an entity such as `&#39;` would
    /// have its `#` escaped and show as written.
    static func markdownText(_ s: String) -> String {
        var out = ""
        for ch in Markup.escape(s).replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"") {
            switch ch {
            case "*", "_", "`", "[", "]", "#", "\\": out.append("\\"); out.append(ch)
            default: out.append(ch)
            }
        }
        return out
    }
}
