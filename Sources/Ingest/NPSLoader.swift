/// Reads nps_responses.csv: customer_id (listed in customers.csv), date, score (an integer 0–10) and, when the
/// file has one, each response's comment (kept as bytes in `NPSComments`, decoded leniently); any other column is
/// ignored.
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

    func load() throws -> ([NPSResponse], NPSComments, FileAccounting) {
        let (reader, fields, idField, dateField, scoreField) = try Self.open(path: path, mapping: mapping, format: format)
        let commentField = fields.columns.index["comment"]
        var responses: [NPSResponse] = []
        var comments = NPSComments()
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
            if let commentField { comments.append(field: commentField, of: r) }  // last: nothing throws after it
            return NPSResponse(customer: c, day: d, score: s)
        }, use: { responses.append($0) })
        precondition(counts.isBalanced && counts.used == responses.count, "NPS rows unaccounted for")
        return (responses, comments, counts)
    }

    /// Every answer of the file with the customer ids as written, without a customer list (`churncast comments
    /// --nps FILE`): `customer` indexes `customerIDs` (ids in order of first appearance). The first row that does
    /// not parse throws its `IngestError` (exit 65).
    static func answers(path: String, mapping: ColumnMapping, format: ExportFormat) throws -> NPSAnswers {
        let (reader, fields, idField, dateField, scoreField) = try open(path: path, mapping: mapping, format: format)
        let commentField = fields.columns.index["comment"]
        var answers = NPSAnswers(responses: [], comments: NPSComments(), customerIDs: [])
        var indexOf: [String: Int32] = [:]
        _ = try RecordLoop(file: path, rejects: try RejectsLog(policy: .stop)).run(reader, parse: { r, _ in
            try fields.checkFieldCount(r)
            let id = String(decoding: r.unescapedBytes(idField), as: UTF8.self)
            if id.isEmpty { throw fields.invalid(r, idField, "customer_id", expected: "a customer_id") }
            let (day, score) = (try fields.day(r, dateField, "date"), try fields.score(r, scoreField, "score"))
            let c: Int32
            if let known = indexOf[id] { c = known } else {
                c = Int32(answers.customerIDs.count)
                indexOf[id] = c
                answers.customerIDs.append(id)
            }
            if let commentField { answers.comments.append(field: commentField, of: r) }
            return NPSResponse(customer: c, day: day, score: score)
        }, use: { answers.responses.append($0) })
        return answers
    }
}
