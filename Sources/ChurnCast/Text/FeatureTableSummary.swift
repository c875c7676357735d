import Features
import Ingest
import Support

/// What `churncast features` wrote: the file, its size, each snapshot's rows and labels, each export's accounting.
public struct FeatureTableSummary: Codable {
    public struct FileSummary: Codable {
        var file: String, read: Int, used: Int, rejected: Int
        init(_ a: FileAccounting) { file = a.file; read = a.read; used = a.used; rejected = a.rejected }
    }

    var out: String
    var rows: Int
    var features: [String]
    var snapshots: [SnapshotSummary]
    var files: [FileSummary]

    init(out: String, table: FeatureTable, accounting: [FileAccounting]) {
        self.out = out; rows = table.rowCount; features = table.featureNames
        snapshots = table.snapshotSummaries; files = accounting.map(FileSummary.init)
    }

    var text: String {
        var lines = ["wrote \(out): \(rows) rows × \(features.count) features", "",
                     "as of       rows  churned  with next score  labels"]
        for s in snapshots {
            lines.append(s.asOf + pad(s.rows, 8) + pad(s.churned, 9) + pad(s.withNextScore, 17)
                         + (s.labelsComplete ? "  complete" : "  incomplete (horizon runs past the data)"))
        }
        lines.append("")
        lines += files.map { "\($0.file): \($0.read) rows read = \($0.used) used + \($0.rejected) rejected" }
        return lines.joined(separator: "\n")
    }

    /// `n` right-aligned in `width` characters, after at least one space.
    private func pad(_ n: Int, _ width: Int) -> String { " " + String(n).leftPad(width - 1) }
}
