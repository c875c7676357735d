import Testing
import Foundation
import Support
@testable import Report
import TestSupport

/// The rendered notebook, executed by nbclient from a copy of its folder with the data files beside it
/// (Fixtures/run-notebook.py): it runs top to bottom, redraws the charts, and writes nothing.
/// Needs python3 with nbformat, nbclient, ipykernel, pandas and matplotlib
/// (`python3 -m pip install nbformat nbclient ipykernel pandas matplotlib`, as scripts/test.sh does); skipped
/// without them, except under CI (the `CI` environment variable set), where a missing package fails.
@Suite struct NotebookRunTests {
    static let isCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty
    static let runner = Bundle.module.path(forResource: "run-notebook", ofType: "py", inDirectory: "Fixtures")!
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String) { try Python.run(arguments) }

    /// Nil when every package is there, else which are missing.
    static let missingPackages = Python.missing(["nbformat", "nbclient", "ipykernel", "pandas", "matplotlib"])

    /// A folder holding the today report as `today-report.html` / `.ipynb` and its data files.
    static func reportFolder(_ content: ReportContent) throws -> TemporaryDirectory {
        let dir = TemporaryDirectory("cc-notebook")
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixture.sideFilesFolder) {
            try FileManager.default.copyItem(atPath: Fixture.sideFilesFolder + "/" + name, toPath: dir.path + "/" + name)
        }
        try ReportWriter.write(content, to: dir.path + "/today-report")
        return dir
    }

    @Test(.enabled(if: isCI || missingPackages == nil,
                   "needs python3 with nbformat, nbclient, ipykernel, pandas, matplotlib (python3 -m pip install nbformat nbclient ipykernel pandas matplotlib)"))
    func runsTopToBottomFromACopyOfItsFolderAndWritesNothing() throws {
        if let missing = Self.missingPackages {
            Issue.record("CI is set but python packages are missing: \(missing)")
            return
        }
        let dir = try Self.reportFolder(try Fixture.todayContent())
        // Scores histogram, call list, forecast, tone, themes over time, ROC, calibration: 5 or more charts drawn.
        let r = try Self.python([Self.runner, dir.path + "/today-report.ipynb", "--min-images", "5", "--require-files"])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.contains("folder unchanged"))
        let validator = try Self.python([Self.repository + "/scripts/validate-notebook.py", dir.path + "/today-report.ipynb"])
        #expect(validator.status == 0, "\(validator.output)")
    }

    /// The committed notebooks-export/ (sample-report.ipynb and the data files beside it) copied to a temporary
    /// folder and executed there: it runs, finds its files, and writes nothing — not to the copy (itself
    /// included), not beside the copy, not to the committed folder or the sample model.
    @Test(.enabled(if: isCI || missingPackages == nil, "needs python3 with nbclient and friends"))
    func committedNotebookRunsFromACopyOfItsFolderAndWritesNothing() throws {
        if Self.missingPackages != nil { return }   // recorded by the test above
        let committed = Self.repository + "/notebooks-export"
        let outer = TemporaryDirectory("cc-notebook-export")
        let copy = outer.path + "/notebooks-export"
        try FileManager.default.copyItem(atPath: committed, toPath: copy)
        let r = try Self.python([Self.runner, copy + "/sample-report.ipynb", "--in-place", "--min-images", "5",
                                 "--require-files", "--watch", outer.path, "--watch", committed,
                                 "--watch", Self.repository + "/models"])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.contains("folder unchanged"))
        #expect(r.output.contains("unchanged: \(outer.path)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outer.path) == ["notebooks-export"])
    }

    @Test(.enabled(if: isCI || missingPackages == nil, "needs python3 with nbclient and friends"))
    func runsWithoutItsDataFilesToo() throws {
        if Self.missingPackages != nil { return }   // recorded by the test above
        // Old content: no side files named; the notebook still runs, showing the page's charts.
        let dir = TemporaryDirectory("cc-notebook-old")
        try ReportWriter.write(try Fixture.sampleContent(), to: dir.path + "/old-report")
        let r = try Self.python([Self.runner, dir.path + "/old-report.ipynb"])
        #expect(r.status == 0, "\(r.output)")
    }
}
