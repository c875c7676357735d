import Support

extension FeatureTable {
    /// The CSV header: `customer_id`, `as_of`, every feature, then the labels `churned` and `next_score`.
    public var csvHeader: [String] { ["customer_id", "as_of"] + featureNames + ["churned", "next_score"] }

    /// Writes the table as CSV, atomically (temporary file, then rename): one line per row in table order;
    /// `next_score` is empty when the customer gave no response in the horizon.
    /// Throws `FileError` when the file cannot be written (or exists and `overwrite` is false).
    public func writeCSV(to path: String, overwrite: Bool = true) throws {
        try AtomicFile.write(to: path, overwrite: overwrite) { sink in
            var csv = CSVWriter()
            for name in csvHeader { csv.field(name) }
            csv.endLine()
            try csv.flush(to: &sink)
            let asOfText = snapshotDates.map(\.description)
            var snapshotOfRow = [Int32](repeating: 0, count: rowCount)
            for (s, range) in snapshotRows.enumerated() { for r in range { snapshotOfRow[r] = Int32(s) } }
            // Rows are formatted on two threads, written in order (`CSVBlockWriter`).
            try CSVBlockWriter.write(rows: rowCount, to: &sink) { rows, csv in
                for r in rows {
                    csv.field(customerId(row: r))
                    csv.field(asOfText[Int(snapshotOfRow[r])])
                    for j in 0..<featureCount { csv.field(values[j * rowCount + r]) }
                    csv.field(Int(churned[r]))
                    csv.field(nextScore[r])  // NaN → empty
                    csv.endLine()
                }
            }
        }
    }
}
