/// The header line of a CSV file: column names in file order, looked up by name.
public struct CSVHeader: Sendable, Equatable {
    /// Names with surrounding spaces and tabs removed.
    public let names: [String]
    let file: String

    /// Reads the names from the first record. Throws when a name is not UTF-8 or a non-empty name repeats.
    public init(record: CSVRecord, file: String) throws {
        var names: [String] = []
        for i in 0..<record.count {
            guard let s = record.string(i) else {
                throw IngestError.invalidValue(SourceLocation(file: file, line: record.line, column: i + 1),
                                               expected: "a UTF-8 column name",
                                               found: record.text(i) + FieldParser.encodingHint)
            }
            names.append(Self.trimmed(s))
        }
        try self.init(names: names, file: file)
    }

    /// Names as given; throws `IngestError.duplicateColumn` when a non-empty name repeats.
    public init(names: [String], file: String) throws {
        var seen = Set<String>()
        for n in names where !n.isEmpty && !seen.insert(n).inserted {
            let all = names.indices.filter { names[$0] == n }.map { $0 + 1 }
            throw IngestError.duplicateColumn(file: file, name: n, columns: all)
        }
        self.names = names
        self.file = file
    }

    /// The 0-based index of the column named `name`.
    public func index(of name: String) -> Int? { names.firstIndex(of: name) }

    static func trimmed(_ s: String) -> String {
        var t = Substring(s)
        while let c = t.first, c == " " || c == "\t" { t.removeFirst() }
        while let c = t.last, c == " " || c == "\t" { t.removeLast() }
        return String(t)
    }
}
