/// Where an export's columns are in one file: the position of each canonical column after mapping, and (customers)
/// the attribute columns with their names.
struct ResolvedColumns {
    /// Canonical name → 0-based field index.
    let index: [String: Int]
    /// Customer attributes: field index and name (renamed by the mapping when it names them).
    let attributes: [(field: Int, name: String)]
    /// Number of fields in the header.
    let fieldCount: Int

    /// Finds the columns of `kind` in `header`. Throws `IngestError.missingColumns` naming each required column
    /// not found (with its mapped export name) and listing the header as read.
    init(header: CSVHeader, kind: ExportKind, mapping: ColumnMapping, file: String) throws {
        var index: [String: Int] = [:]
        var used = Set<Int>()
        var missing: [String] = []
        func find(_ canonical: String) -> Int? {
            if let exportName = mapping.exportName(of: canonical, in: kind), let j = header.index(of: exportName) {
                return j
            }
            return header.index(of: canonical)
        }
        // customers.csv without churn_date is non-contractual (SPEC section 2): signup_date is then optional too.
        // (A header without customer_id either is reported with every required column, as before.)
        let nonContractual = kind == .customers && find("churn_date") == nil && find("customer_id") != nil
        let required = nonContractual ? ["customer_id"] : kind.requiredColumns
        for name in nonContractual ? ["signup_date"] : [] {
            if let j = find(name) { index[name] = j; used.insert(j) }
        }
        for name in required {
            if let j = find(name) {
                index[name] = j
                used.insert(j)
            } else if let exportName = mapping.exportName(of: name, in: kind) {
                missing.append("\"\(exportName)\" (mapped to \(name))")
            } else {
                missing.append("\"\(name)\"")
            }
        }
        if !missing.isEmpty {
            throw IngestError.missingColumns(file: file, missing: missing, found: header.names)
        }
        for name in kind.optionalColumns {
            if let j = find(name) { index[name] = j; used.insert(j) }
        }
        var attributes: [(Int, String)] = []
        if kind == .customers {
            var renamed: [String: String] = [:]
            for (canonical, exportName) in mapping.columns[.customers] ?? [:] { renamed[exportName] = canonical }
            let reserved = Set(kind.requiredColumns)
            for (j, name) in header.names.enumerated() where !used.contains(j) && !name.isEmpty {
                let attribute = renamed[name] ?? name
                if reserved.contains(attribute) { continue }  // a second copy of a column taken by a mapping
                attributes.append((j, attribute))
            }
        }
        self.index = index
        self.attributes = attributes
        fieldCount = header.names.count
    }

    /// Columns known by count only (a `FieldParser` for a file whose columns are resolved elsewhere).
    init(fieldCount: Int) {
        index = [:]
        attributes = []
        self.fieldCount = fieldCount
    }

    subscript(_ canonical: String) -> Int { index[canonical]! }

    /// The location of field `field` of the record on `line`, with the column's canonical name.
    static func location(file: String, line: Int, field: Int, name: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: field + 1, columnName: name)
    }
}
