/// Where an activity export's columns are (SPEC section 1): `customer_id` and `date` (renamed by the column
/// mapping of `engagement`), and its channels — every other numeric column, named as the mapping renames it, or
/// those `--channels` / `churncast.json` select. A column is numeric when more of its first `sampleRows` values
/// are numbers than not (missing-value tokens aside), as customer attributes are read: a stray word in a numeric
/// column is then an error when its row is read, never a silent switch to text. Text columns are left out and
/// said in `notes`.
struct ActivityColumns {
    let idField: Int
    let dateField: Int
    /// The channels, in the order of each row's values: field index and name.
    let channels: [(field: Int, name: String)]
    let fieldCount: Int
    /// Lines for standard error: columns that are not channels.
    let notes: [String]

    /// Records looked at to tell numeric columns from text.
    static let sampleRows = 200

    /// The channels every export has unless it says otherwise (the social layout of `EngagementFile`).
    static let social = ["likes", "shares", "comments", "dms"]

    /// `header` and the first data records `sample`; `selection` the channel names asked for (`nil`: every numeric
    /// column). Throws `IngestError.missingColumns` without `customer_id` or `date`, and `invalidSetting` (exit 64)
    /// for a selected name that is no column, listing the channels there are.
    init(header: CSVHeader, sample: [CSVRecord], mapping: ColumnMapping, format: ExportFormat, file: String,
         selection: [String]?) throws {
        func find(_ canonical: String) -> Int? {
            if let name = mapping.exportName(of: canonical, in: .engagement), let j = header.index(of: name) { return j }
            return header.index(of: canonical)
        }
        var missing: [String] = []
        let id = find("customer_id"), date = find("date")
        if id == nil { missing.append("\"customer_id\"") }
        if date == nil { missing.append("\"date\"") }
        guard let id, let date else {
            throw IngestError.missingColumns(file: file, missing: missing, found: header.names)
        }
        var renamed: [String: String] = [:]
        for (canonical, name) in mapping.columns[.engagement] ?? [:] { renamed[name] = canonical }
        let mark: UInt8 = format.decimalComma ? 0x2C : 0x2E, tokens = MissingTokens(format.naValues)
        var numeric: [(Int, String)] = [], text: [String] = [], identifiers: [String] = []
        for (j, name) in header.names.enumerated() where j != id && j != date && !name.isEmpty {
            var numbers = 0, others = 0, range = SampledRange()
            for r in sample where r.count > j {
                switch ActivityRowParser.value(r, j, mark: mark, missing: tokens) {
                case .value(let v): numbers += 1; range.add(v)
                case .invalid: others += 1
                case .missing: break
                }
            }
            let isNumber = numbers > others || (numbers == 0 && others == 0)
            let shown = renamed[name] ?? name
            if !isNumber {
                text.append(shown)
            } else if let described = range.identifierLike {
                identifiers.append("\"\(shown)\" (\(described))")
            } else {
                numeric.append((j, shown))
            }
        }
        if let selection {
            let all = header.names.enumerated().filter { $0.offset != id && $0.offset != date }
                .map { ($0.offset, renamed[$0.element] ?? $0.element) }
            channels = try selection.map { wanted in
                guard let c = all.first(where: { $0.1 == wanted }) else {
                    let there = numeric.map(\.1).joined(separator: ", ")
                    throw IngestError.invalidSetting(
                        name: "--channels",
                        expected: "channels of \(file) (\(there.isEmpty ? "none" : there))", found: wanted)
                }
                return c
            }
            notes = []
        } else {
            channels = numeric
            notes = (text.isEmpty ? [] : ["\(file): " + text.map { "\"\($0)\"" }.joined(separator: ", ")
                + " not numeric: not activity channels"])
                + (identifiers.isEmpty ? [] : ["\(file): " + identifiers.joined(separator: ", ")
                    + (identifiers.count == 1 ? " looks like an identifier" : " look like identifiers")
                    + ", not counts or amounts: not activity channels (name them with --channels to use them)"])
        }
        idField = id
        dateField = date
        fieldCount = header.names.count
    }
}
