/// Reads customers.csv into a `CustomerTable`: customer_id (unique, non-empty), signup_date, churn_date (empty while
/// active, never before signup) and every other column as an attribute — numeric or text as
/// `AttributeColumnReader` decides, with missing values counted into `notes`.
///
/// Under `.skip`, a duplicated id rejects every row that has it (keeping the first would depend on row order);
/// those rows' raw text is found by reading the file a second time, only when there are duplicates.
struct CustomerLoader {
    let path: String
    let mapping: ColumnMapping
    let rejects: RejectsLog
    var format: ExportFormat = .standard
    /// Lines for standard error: the missing values of numeric attributes.
    private(set) var notes: [String] = []

    /// The table, its accounting, and the id index (ids looked up from bytes) built while reading.
    mutating func load() throws -> (CustomerTable, FileAccounting, CustomerIndex) {
        let reader = try CSVReader(path: path, format: format)
        guard let first = try reader.next() else { throw IngestError.emptyFile(file: path) }
        let columns = try ResolvedColumns(header: CSVHeader(record: first, file: path), kind: .customers,
                                          mapping: mapping, file: path)
        let fields = FieldParser(file: path, columns: columns, dateFormat: format.dateFormat)
        var accounting = FileAccounting(file: path)
        var ids: [String] = [], signup: [Day] = [], churn: [Day?] = []
        var attributes = [[String]](repeating: [], count: columns.attributes.count)
        var lines: [Int] = []
        let index = CustomerIndex(capacity: Int(reader.fileSize() / 24))
        var duplicates: [String: [Int]] = [:]  // id → every line it is on (skip mode)
        let idField = columns["customer_id"]
        let signupField = columns.index["signup_date"], churnField = columns.index["churn_date"]
        let attributeFields = columns.attributes
        var values: [String] = []
        values.reserveCapacity(attributeFields.count)
        let counts = try RecordLoop(file: path, rejects: rejects).run(reader) { r, _ in
            try fields.checkFieldCount(r)
            // Validated as text first; the id's String is made only for a new customer.
            if !Bytes.isUTF8(r.bytes(idField)) || r.isEmpty(idField) {
                _ = try fields.text(r, idField, "customer_id", required: true)
            }
            // Without churn_date (non-contractual) a signup may be missing: the first activity stands in for it.
            let s = try signupField.flatMap { churnField == nil ? try fields.optionalDay(r, $0, "signup_date")
                                                                : try fields.day(r, $0, "signup_date") }
                ?? CustomerTable.unknownSignup
            let c = try churnField.flatMap { try fields.optionalDay(r, $0, "churn_date") }
            if let c, c < s, let churnField {
                throw IngestError.churnBeforeSignup(fields.location(r, churnField, "churn_date"), churn: c, signup: s)
            }
            values.removeAll(keepingCapacity: true)
            for (j, name) in attributeFields { values.append(try fields.text(r, j, name)) }
            let existing = r.hasEscapedQuotes(idField)
                ? r.unescapedBytes(idField).withUnsafeBufferPointer { index.insert($0) }
                : index.insert(r.bytes(idField))
            if let existing {
                let line = lines[Int(existing)], id = ids[Int(existing)]
                if !rejects.skips {
                    throw IngestError.duplicateCustomer(file: path, id: id, firstLine: line, line: r.line)
                }
                duplicates[id, default: [line]].append(r.line)
                return
            }
            ids.append(r.string(idField)!); lines.append(r.line); signup.append(s); churn.append(c)
            for k in values.indices { attributes[k].append(values[k]) }
        }
        accounting.read = counts.read
        accounting.rejected = counts.rejected
        if !duplicates.isEmpty {
            accounting.rejected += try rejectDuplicates(duplicates, columns: columns)
            let keep = ids.indices.filter { duplicates[ids[$0]] == nil }
            ids = keep.map { ids[$0] }; signup = keep.map { signup[$0] }; churn = keep.map { churn[$0] }
            lines = keep.map { lines[$0] }
            attributes = attributes.map { column in keep.map { column[$0] } }
        }
        accounting.used = ids.count
        precondition(accounting.isBalanced, "customer rows unaccounted for")
        if duplicates.isEmpty { index.seal() }
        var numeric: [NamedColumn<Double>] = [], categorical: [NamedColumn<String>] = []
        let typing = AttributeColumnReader(file: path, format: format)
        for (k, (field, name)) in columns.attributes.enumerated() {
            if let column = try typing.read(attributes[k], name: name, field: field, lines: lines) {
                numeric.append(NamedColumn(name: name, values: column.values))
                if let note = typing.note(column, name: name) { notes.append(note) }
            } else {
                categorical.append(NamedColumn(name: name, values: attributes[k]))
            }
        }
        var table = CustomerTable(ids: ids, signup: signup, churn: churn,
                                  numericAttributes: numeric, categoricalAttributes: categorical)
        table.hasChurnColumn = churnField != nil
        table.hasSignupColumn = signupField != nil
        return (table, accounting, duplicates.isEmpty ? index : CustomerIndex(ids))
    }

    /// Rejects every row of each duplicated id (reading the file again for their raw text); returns how many.
    private func rejectDuplicates(_ duplicates: [String: [Int]], columns: ResolvedColumns) throws -> Int {
        var lineReason: [Int: IngestError] = [:]
        for (id, lines) in duplicates {
            for line in lines {
                let other = lines.first { $0 != line }!
                lineReason[line] = .duplicateCustomer(file: path, id: id, firstLine: min(line, other),
                                                      line: max(line, other))
            }
        }
        let reader = try CSVReader(path: path, format: format)
        _ = try reader.next()
        var count = 0
        // Malformed records were listed by the first pass: skipped here without listing them again.
        _ = try RecordLoop(file: path, skips: true, reject: { _, _, _ in }).run(reader) { r, _ in
            if let error = lineReason[r.line] {
                try rejects.reject(error, file: path, line: r.line, raw: r.raw)
                count += 1
            }
        }
        return count
    }

    /// `[+-]digits[.digits][e[+-]digits]` (or `.digits`): rules out `nan`, `inf` and hexadecimal that `Double`
    /// would accept.
    static func isDecimal(_ s: String) -> Bool { AttributeColumnReader.decimalSyntax(s, mark: 0x2E) != nil }
}
