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
        let table = TextTable([.init(0), .init(8, gap: 1), .init(9, gap: 1), .init(17, gap: 1)])
        for s in snapshots {
            lines.append(table.row([s.asOf, String(s.rows), String(s.churned), String(s.withNextScore)])
                         + (s.labelsComplete ? "  complete" : "  incomplete (horizon runs past the data)"))
        }
        lines.append("")
        lines += files.map { "\($0.file): \($0.read) rows read = \($0.used) used + \($0.rejected) rejected" }
        return lines.joined(separator: "\n")
    }
}
