import Ingest
import PostgresSource
import Support

extension ScoreJob {
    /// The columns of a `score --to-table` table: the scores CSV's, after `as_of`.
    static let tableColumns: [(name: String, type: String)] = [
        ("as_of", "date"), ("customer_id", "text"), ("churn_probability", "double precision"), ("risk_band", "text"),
        ("top_reasons", "text"), ("expected_next_score", "double precision"), ("p_promoter", "double precision"),
        ("p_detractor", "double precision"),
    ]

    /// `score --to-table NAME`: the scores, as written to the CSV, into the table of the `--source` database in one
    /// transaction (created when absent; rows of the same as-of date replaced, other dates kept).
    static func writeTable(_ rows: [Scorer.Row], table: String, request: Request) throws {
        guard let url = request.exports.sourceURL else {
            throw PostgresError.invalidOption(option: "--to-table", reason: "needs --source postgresql://…")
        }
        let asOf = request.asOf.description
        let sink = PostgresTableSink(url: url, table: table, columns: tableColumns)
        try sink.replaceRows(whereColumn: "as_of", equals: asOf) { send in
            try rows.withUnsafeBufferPointer { all in
                for start in stride(from: 0, to: all.count, by: 4096) {
                    var w = CSVWriter()
                    for i in start..<min(start + 4096, all.count) {
                        w.field(asOf)
                        Scorer.line(all.baseAddress! + i, into: &w)
                    }
                    try w.buffer.withUnsafeBytes { try send($0) }
                }
            }
        }
    }
}
