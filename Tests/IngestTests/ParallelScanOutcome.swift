@testable import Ingest

/// What one pass over an export gives, to compare a two-thread scan with the one-thread scan
/// (`ParallelEngagementTests`, `ParallelActivityTests`): the rows as a multiset, the accounting and the rejects file,
/// with each run's own folder taken out of both (runs write to a folder each) so that two runs compare.
struct ParallelScanOutcome: Equatable {
    var rows: [String: Int]
    var accounting: FileAccounting?
    var rejects: [[String]]

    init(rows: [String: Int], accounting: FileAccounting?, file: String, rejectsPath: String) throws {
        self.rows = rows
        var accounting = accounting
        accounting?.file = file
        self.accounting = accounting
        rejects = try CSVTable.read(path: rejectsPath).rows.map { row in
            [String(row[0].split(separator: "/").last!)] + row.dropFirst()
        }
    }
}
