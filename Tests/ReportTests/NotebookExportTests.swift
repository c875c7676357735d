import Testing
import Foundation
@testable import Report

@Suite struct NotebookExportTests {
    let content = SyntheticReport(n: 3000, seed: 9).content()

    func notebook() throws -> [String: Any] {
        let json = NotebookExport.render(content)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    func cells() throws -> [[String: Any]] { try #require(try notebook()["cells"] as? [[String: Any]]) }

    func text(_ v: Any?) -> String { (v as? [String])?.joined() ?? "" }

    @Test func isNbformat45WithPythonMetadata() throws {
        let nb = try notebook()
        #expect(nb["nbformat"] as? Int == 4)
        #expect((nb["nbformat_minor"] as? Int ?? 0) >= 5)
        let meta = try #require(nb["metadata"] as? [String: Any])
        let kernel = try #require(meta["kernelspec"] as? [String: Any])
        #expect(kernel["name"] as? String == "python3" && kernel["language"] as? String == "python")
        #expect((meta["language_info"] as? [String: Any])?["name"] as? String == "python")
    }

    @Test func cellsHaveUniqueValidIdsAndTheRequiredKeys() throws {
        let cells = try cells()
        let ids = cells.compactMap { $0["id"] as? String }
        #expect(ids.count == cells.count && Set(ids).count == ids.count)
        for id in ids {
            #expect((1...64).contains(id.count))
            #expect(id.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" })
        }
        for cell in cells {
            let type = cell["cell_type"] as? String
            #expect(type == "markdown" || type == "code")
            #expect(cell["metadata"] is [String: Any] && cell["source"] is [String])
            if type == "code" {
                #expect(cell["execution_count"] is NSNull)
                #expect(cell["outputs"] is [[String: Any]])
            } else {
                #expect(cell["outputs"] == nil && cell["execution_count"] == nil)
            }
        }
    }

    @Test func codeCellsNeverRunChurncastAndCarryEveryChartAndTable() throws {
        let cells = try cells()
        let code = cells.filter { $0["cell_type"] as? String == "code" }
        let sources = code.map { text($0["source"]) }
        // Nothing runs a shell command (no `!churncast` that would overwrite the model or the notebook).
        #expect(!sources.contains { $0.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("!") } })
        #expect(!sources.joined().contains("churncast "))
        #expect(sources.contains { $0.hasPrefix("show_saved(\"chart-roc\", \"chart-pr\", \"table-baselines\")") })
        // The commands are shown as text to run in a terminal.
        let md = cells.filter { $0["cell_type"] as? String == "markdown" }.map { text($0["source"]) }
        let commands = try #require(md.first { $0.hasPrefix("## How these files were made") })
        #expect(commands.contains("churncast evaluate --model models/sample-model.json --data datasets/sample --as-of 2026-03-31"))
        #expect(commands.contains("\nchurncast train ") && commands.contains("\nchurncast score "))
        let outputs = code.flatMap { $0["outputs"] as? [[String: Any]] ?? [] }
        for o in outputs {
            #expect(o["output_type"] as? String == "display_data")
            #expect(o["metadata"] is [String: Any])
        }
        let bundles = outputs.compactMap { $0["data"] as? [String: Any] }
        let svgs = bundles.map { text($0["image/svg+xml"]) }.filter { !$0.isEmpty }
        let tables = bundles.map { text($0["text/html"]) }.filter { !$0.isEmpty }
        for id in ["chart-roc", "chart-pr", "chart-calibration", "chart-gains", "chart-lift", "chart-risk-bands",
                   "chart-nps", "chart-backtest", "chart-churn-coefficients", "chart-nps-coefficients"] {
            let matching = svgs.filter { $0.contains("id=\"\(id)\"") }
            #expect(matching.count == 1, "\(id)")
            // Each SVG output stands alone as XML.
            if let svg = matching.first { #expect(XMLNode.parse(svg).root?.name == "svg") }
        }
        for id in ["table-at-risk", "table-segments", "table-nps", "table-calibration"] {
            #expect(tables.contains { $0.contains("id=\"\(id)\"") }, "\(id)")
        }
        // Each bundle also has a plain-text fallback.
        #expect(bundles.allSatisfy { $0["text/plain"] is [String] })
    }

    @Test func markdownHasTheHeadlineReadingAndData() throws {
        let md = try cells().filter { $0["cell_type"] as? String == "markdown" }.map { text($0["source"]) }
        #expect(md.first?.hasPrefix("# Synthetic report") == true)
        #expect(md.contains { $0.contains("| ROC-AUC | \(NumberFormat.fixed(content.headline.rocAUC, 3)) |") })
        #expect(md.contains { $0.hasPrefix("## In plain words") })
        #expect(md.contains { $0.contains("| Customer rows |") })
    }

    @Test func todayNotebookNamesItsFilesAndEscapesComments() throws {
        let json = NotebookExport.render(try Fixture.todayContent(), page: "today-report.html")
        #expect(!json.contains("\u{1B}") && !json.contains("\\u001b"))   // no terminal escape codes
        let nb = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let cells = try #require(nb["cells"] as? [[String: Any]])
        let code = cells.filter { $0["cell_type"] as? String == "code" }.map { text($0["source"]) }
        let setup = try #require(code.first)
        for name in ["PAGE = \"today-report.html\"", "\"scores\": \"today-report-scores.csv\"",
                     "\"forecast\": \"today-report-forecast.json\"", "\"evaluation\": \"today-report-evaluation.json\"",
                     "\"comments\": \"today-report-comments.csv\"", "\"customers_to_call\": \"today-report-customers-to-call.csv\""] {
            #expect(setup.contains(name), "\(name)")
        }
        #expect(code.contains("show_saved(\"chart-nps-shares\", \"chart-nps-quarters\", \"table-nps-quarters\")"))
        #expect(code.contains { $0.hasPrefix("path = beside(\"comments\")") })
        #expect(code.contains { $0.hasPrefix("path = beside(\"scores\")") })
        let md = cells.filter { $0["cell_type"] as? String == "markdown" }.map { text($0["source"]) }.joined(separator: "\n")
        #expect(md.contains("> &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'quotes' — Support never answers"))
        #expect(md.contains("[The full list of 398 customers (CSV)](today-report-customers-to-call.csv)"))
        #expect(md.contains("## How good the models are (evaluated on 2026-03-31)") && md.contains("### Does the model find"))
        #expect(!md.contains("&\\#39;"))
    }

    @Test func sourceLinesKeepTheirNewlines() {
        #expect(Notebook.lines("a\nb\n") == ["a\n", "b\n"])
        #expect(Notebook.lines("a\nb") == ["a\n", "b"])
        #expect(Notebook.lines("") == [])
    }
}
