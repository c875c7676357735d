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
}

/// Trapezoid area under a polyline given as (x, y) rows.
func trapezoidArea(_ rows: [[Double]]) -> Double {
    var area = 0.0
    for i in 1..<rows.count {
        area += (rows[i][0] - rows[i - 1][0]) * (rows[i][1] + rows[i - 1][1]) / 2
    }
    return area
}
