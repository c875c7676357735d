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
            let asOfText = snapshotDates.map(\.description)
            for (s, range) in snapshotRows.enumerated() {
                for r in range {
                    csv.field(customerId(row: r))
                    csv.field(asOfText[s])
                    for j in 0..<featureCount { csv.field(values[j * rowCount + r]) }
                    csv.field(Int(churned[r]))
                    csv.field(nextScore[r])  // NaN → empty
                    csv.endLine()
                    try csv.flushIfLarge(to: &sink)
                }
            }
            try csv.flush(to: &sink)
        }
    }
}
