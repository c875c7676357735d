import Foundation
@testable import Report

/// The sample content made by scripts/reference/make-report-content.py, whose figures come from scikit-learn.
enum Fixture {
    static var sampleContentPath: String {
        Bundle.module.path(forResource: "sample-content", ofType: "json", inDirectory: "Fixtures")!
    }

    static func sampleContent() throws -> ReportContent {
        try ReportWriter.readContent(at: sampleContentPath)
    }

    /// The sample content with every part about the business today, hand-made (Fixtures/today-content.json): its
    /// figures are chosen, not computed, except the margin 5.0524 = 1.959964 × 100 √((0.40 + 0.18 − 0.22²) / 800).
    static func todayContent() throws -> ReportContent {
        try ReportWriter.readContent(at: Bundle.module.path(forResource: "today-content", ofType: "json", inDirectory: "Fixtures")!)
    }

    /// The folder of data files that go beside the today report (`today-report-*.csv`, `-*.json`): the forecast,
    /// evaluation and first 200 scores are `churncast forecast/evaluate --json` and `score` output on the sample;
    /// the comments and call list are hand-made in the formats the notebook reads.
    static var sideFilesFolder: String {
        Bundle.module.resourcePath! + "/Fixtures/side"
    }
}

/// Trapezoid area under a polyline given as (x, y) rows.
func trapezoidArea(_ rows: [[Double]]) -> Double {
    var area = 0.0
    for i in 1..<rows.count {
        area += (rows[i][0] - rows[i - 1][0]) * (rows[i][1] + rows[i - 1][1]) / 2
    }
    return area
}
