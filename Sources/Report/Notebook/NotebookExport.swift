import Foundation

/// The report as a Jupyter notebook (nbformat 4.5): markdown cells for the text and small tables, and for each
/// part a code cell showing the `churncast` command that reproduces it, whose saved outputs carry the same
/// charts as the page (`image/svg+xml`) and its tables (`text/html`). It opens in Jupyter and renders on GitHub
/// without being run.
public enum NotebookExport {
    public static func render(_ c: ReportContent) -> String {
        var cells: [Notebook.Cell] = []
        var header = "# \(markdownText(c.title))\n\nGenerated \(markdownText(c.generatedAt)) by churncast. "
        header += "Each code cell shows the `churncast` command that reproduces the part under it; the saved "
        header += "outputs are what it produced (run the cells with `churncast` on your `PATH` to redo them)."
        cells.append(.init(id: "title", kind: .markdown, source: header))
        cells.append(.init(id: "headline", kind: .markdown, source: "## Headline numbers\n\n" + headlineTable(c)))
        cells.append(.init(id: "reading", kind: .markdown, source: "## In plain words\n\n" + markdownText(c.resolvedReading)))
        cells.append(.init(id: "data", kind: .markdown, source: "## The data\n\n" + ReportTables.data(c).markdown()))
        if let train = c.commands.train {
            cells.append(.init(id: "train", kind: .code, source: "!" + train))
        }
        for s in ReportLayout.sections(c) {
            let key = String(s.id.dropFirst("section-".count))
            cells.append(.init(id: key + "-text", kind: .markdown,
                               source: "## \(markdownText(s.heading))\n\n\(markdownText(s.intro))"))
            let outputs = s.items.map { item -> Notebook.Output in
                switch item {
                case .figure(let chart, let caption):
                    return Notebook.Output(data: ["image/svg+xml": chart.render(),
                                                  "text/plain": "<\(chart.title): \(caption)>"])
                case .table(let t):
                    return Notebook.Output(data: ["text/html": t.html(), "text/plain": t.markdown()])
                }
            }
            let source = s.command.map { "!" + $0 } ?? "# This part has no churncast command recorded."
            cells.append(.init(id: key + "-output", kind: .code, source: source, outputs: outputs))
        }
        if let report = c.commands.report {
            cells.append(.init(id: "report-text", kind: .markdown, source: "## Make this report again"))
            cells.append(.init(id: "report", kind: .code, source: "!" + report))
        }
        let notebook = Notebook(cells: cells,
                                metadata: .init(churncast: .init(title: c.title, generated_at: c.generatedAt)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail; a failure here is a bug.
        guard let data = try? encoder.encode(notebook), let text = String(data: data, encoding: .utf8) else {
            preconditionFailure("notebook JSON encoding failed")
        }
        return text + "\n"
    }

    static func headlineTable(_ c: ReportContent) -> String {
        ReportTable(id: "table-headline", caption: "Headline numbers",
                    columns: [.init("Figure"), .init("Value", numeric: true), .init("Context")],
                    rows: ReportLayout.cards(c).map { [$0.label, $0.value, $0.detail] }).markdown()
    }

    /// Text for a markdown cell: markup characters escaped so nothing in the data is read as HTML or emphasis.
    static func markdownText(_ s: String) -> String {
        var out = ""
        for ch in Markup.escape(s) {
            switch ch {
            case "*", "_", "`", "[", "]", "#", "\\": out.append("\\"); out.append(ch)
            default: out.append(ch)
            }
        }
        return out
    }
}
