import ArgumentParser
import ChurnCast

/// `churncast report`: writes the HTML report and the Jupyter notebook (`BASE.html`, `BASE.ipynb`).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the report as a self-contained HTML page and a Jupyter notebook.",
        discussion: """
            Renders a report content file (JSON, the ReportContent the pipeline fills) to BASE.html and BASE.ipynb.
            Example:
              churncast report --content Tests/ReportTests/Fixtures/sample-content.json --out notebooks-export/preview
            """)

    @Option(help: ArgumentHelp("Report content JSON file to render.", valueName: "file"))
    var content: String

    @Option(help: ArgumentHelp("Output path without extension: writes <base>.html and <base>.ipynb.", valueName: "base"))
    var out: String

    func run() throws {
        try reportingErrors {
            let c = try ReportWriter.readContent(at: content)
            let paths = try ReportWriter.write(c, to: out)
            print(paths.html)
            print(paths.notebook)
        }
    }
}
