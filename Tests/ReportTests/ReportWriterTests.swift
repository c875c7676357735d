import Testing
import Foundation
import Support
@testable import Report
import TestSupport

@Suite final class ReportWriterTests {
    /// A fresh folder per test, removed after it.
    let temporary = TemporaryDirectory("cc-report")
    var dir: String { temporary.path }
    let content = SyntheticReport(n: 2000, seed: 2).content()

    @Test func writesBothFiles() throws {
        let paths = try ReportWriter.write(content, to: dir + "/sample-report")
        #expect(paths == ReportWriter.Paths(html: dir + "/sample-report.html", notebook: dir + "/sample-report.ipynb"))
        #expect(try String(contentsOfFile: paths.html, encoding: .utf8) == HTMLReport.render(content))
        #expect(try String(contentsOfFile: paths.notebook, encoding: .utf8) == NotebookExport.render(content, page: "sample-report.html"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["sample-report.html", "sample-report.ipynb"])
    }

    @Test func acceptsABasePathWithAnExtension() {
        #expect(ReportWriter.paths(for: "out/r.html") == ReportWriter.Paths(html: "out/r.html", notebook: "out/r.ipynb"))
        #expect(ReportWriter.paths(for: "out/r.ipynb").html == "out/r.html")
    }

    @Test func missingFolderIsCannotCreate() {
        #expect(throws: FileError.cannotCreate(path: dir + "/nope/r.html", reason: "folder \(dir)/nope does not exist")) {
            try ReportWriter.write(content, to: dir + "/nope/r")
        }
    }

    @Test func refusesContentThatCannotBeDrawnHonestly() throws {
        var c = content
        c.roc[1].fpr = 1.5
        #expect(throws: ReportError.invalidContent(field: "roc[1].fpr", expected: "a share from 0 to 1", found: "1.5")) {
            try ReportWriter.write(c, to: dir + "/bad")
        }
        c = content
        c.npsForecast!.interval80 = Interval(low: 5, high: 2)
        #expect(throws: ReportError.invalidContent(field: "npsForecast.interval80", expected: "low <= high", found: "5 > 2")) {
            try c.validate()
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        #expect(ReportError.invalidContent(field: "f", expected: "e", found: "x").exitCode == .dataError)
    }

    @Test func contentRoundTripsThroughJSON() throws {
        let path = dir + "/content.json"
        try AtomicFile.write(try ReportWriter.encode(content), to: path)
        #expect(try ReportWriter.readContent(at: path) == content)
    }

    @Test func unreadableContentNamesTheField() throws {
        let path = dir + "/broken.json"
        try AtomicFile.write("{\"title\": \"x\"}", to: path)
        #expect(throws: ReportError.unreadableContent(path: path, reason: "missing generatedAt")) {
            try ReportWriter.readContent(at: path)
        }
        #expect(throws: FileError.missing(path: dir + "/none.json")) { try ReportWriter.readContent(at: dir + "/none.json") }
    }
}
