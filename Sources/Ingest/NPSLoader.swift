/// Reads nps_responses.csv: customer_id (listed in customers.csv), date, score (an integer 0–10); a comment column
/// is allowed and ignored, as is any other column.
struct NPSLoader {
    let path: String
    let mapping: ColumnMapping
    let customers: CustomerIndex
    let rejects: RejectsLog
    var format: ExportFormat = .standard

    /// The file opened past its header (checked), with its field parser and where its three columns are.
    static func open(path: String, mapping: ColumnMapping, format: ExportFormat) throws
        -> (reader: CSVReader, fields: FieldParser, idField: Int, dateField: Int, scoreField: Int) {
        let reader = try CSVReader(path: path, format: format)
        guard let first = try reader.next() else { throw IngestError.emptyFile(file: path) }
        let columns = try ResolvedColumns(header: CSVHeader(record: first, file: path), kind: .nps,
                                          mapping: mapping, file: path)
        return (reader, FieldParser(file: path, columns: columns, dateFormat: format.dateFormat), columns["customer_id"], columns["date"],
                columns["score"])
    }

    func load() throws -> ([NPSResponse], FileAccounting) {
        let (reader, fields, idField, dateField, scoreField) = try Self.open(path: path, mapping: mapping, format: format)
        var responses: [NPSResponse] = []
        // The ids of a batch are looked up before its records are checked (`CustomerProbe.lookUp`). An id not
        // found (or quoted with doubled quotes) is looked up again by `fields.customer`, which reports it.
        var known: [Int32] = []
        let probe = customers.probe
        let counts = try RecordLoop(file: path, rejects: rejects).run(reader, start: { batch in
            probe.lookUp(batch, field: idField, into: &known)
        }, parse: { r, k in
            try fields.checkFieldCount(r)
            let c = known[k] >= 0 ? known[k] : try fields.customer(r, idField, customers)
            let d = try fields.day(r, dateField, "date")
            let s = try fields.score(r, scoreField, "score")
            return NPSResponse(customer: c, day: d, score: s)
        }, use: { responses.append($0) })
        precondition(counts.isBalanced && counts.used == responses.count, "NPS rows unaccounted for")
        return (responses, counts)
    }
}
