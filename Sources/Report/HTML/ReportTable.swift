/// A table of display text shared by the page (HTML) and the notebook (HTML outputs and markdown cells).
/// Cells hold plain text; escaping happens when rendered.
public struct ReportTable: Sendable {
    public struct Column: Sendable {
        public var title: String
        /// Right-aligned, for numbers.
        public var numeric: Bool
        public init(_ title: String, numeric: Bool = false) {
            self.title = title
            self.numeric = numeric
        }
    }

    public var id: String
    public var caption: String
    public var columns: [Column]
    public var rows: [[String]]
    /// A line under the table (e.g. "showing 200 of 1,204 segments").
    public var note: String?

    public init(id: String, caption: String, columns: [Column], rows: [[String]], note: String? = nil) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs one cell per column")
        self.id = id
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.note = note
    }

    /// A `<table>` in a wrapper; on a narrow screen the style sheet turns each row into a card (no sideways scrolling).
    /// - Complexity: O(cells).
    public func html() -> String {
        var out = "<div class=\"table-wrap\"><table id=\"\(Markup.escape(id))\"><caption>\(Markup.escape(caption))</caption>"
        out += "<thead><tr>"
        for c in columns { out += "<th scope=\"col\"\(c.numeric ? " class=\"num\"" : "")>\(Markup.escape(c.title))</th>" }
        out += "</tr></thead><tbody>\n"
        for row in rows {
            out += "<tr>"
            for (c, cell) in zip(columns, row) {
                // The column's title rides along, so a narrow screen can show each row as a card of labelled values.
                out += "<td data-label=\"\(Markup.escape(c.title))\"\(c.numeric ? " class=\"num\"" : "")>\(Markup.escape(cell))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody></table></div>"
        if let note { out += "<p class=\"note\">\(Markup.escape(note))</p>" }
        return out
    }

    /// A GitHub-flavoured markdown table (pipes and markup characters escaped).
    public func markdown() -> String {
        func cell(_ s: String) -> String {
            var out = ""
            for ch in Markup.escape(s) {
                switch ch {
                case "|": out += "\\|"
                case "\n", "\r\n", "\r": out += " "
                default: out.append(ch)
                }
            }
            return out
        }
        var out = "**\(cell(caption))**\n\n"
        out += "| " + columns.map { cell($0.title) }.joined(separator: " | ") + " |\n"
        out += "|" + columns.map { $0.numeric ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        if let note { out += "\n" + cell(note) + "\n" }
        return out
    }
}
