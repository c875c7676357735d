import Foundation
@testable import ChurnCast
import TestSupport
import Synthetic
import Ingest

/// Loading the generated bases of `GeneratedBase`, and the training dates that suit them.
enum SyntheticBase {
    static func load(_ dir: String) throws -> LoadedExports {
        try ExportLoader().load(ExportPaths(dataDirectory: dir))
    }

    /// Quarter ends 2024-12-31 … 2026-03-31: six training snapshots whose outcomes the data covers.
    static let trainingDates = ["2024-12-31", "2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31"].map(day)
}
