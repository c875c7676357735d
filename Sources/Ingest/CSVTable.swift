/// A small CSV file read whole into text: its header names, its rows of fields and the line each row starts on.
/// For generic tables (a feature table given to `churncast fit`, a scores file); the exports use the streaming
/// `CSVReader` directly.
///
///     let table = try CSVTable.read(path: "features.csv")
///     let scores = try table.column("score")
///
/// Every row must have as many fields as the header; all text must be UTF-8.
/// - Complexity: O(file bytes); memory holds every field as a `String`.
public struct CSVTable: Sendable, Equatable {
    /// The file as named in messages.
    public var path: String
    /// Header names, surrounding spaces removed.
    public var header: [String]
    /// The fields of each data row, in file order.
    public var rows: [[String]]
    /// The physical line (1-based) each row starts on.
    public var lines: [Int]

    public init(path: String, header: [String], rows: [[String]], lines: [Int]) {
        precondition(rows.count == lines.count, "one line number per row")
        self.path = path; self.header = header; self.rows = rows; self.lines = lines
    }

    /// Reads `path`. Throws `FileError.missing` / `.unreadable`, `IngestError.emptyFile` without a header,
    /// `IngestError.wrongFieldCount`, `IngestError.duplicateColumn` and `IngestError.invalidValue` for malformed CSV
    /// or text that is not UTF-8.
    public static func read(path: String) throws -> CSVTable {
        let reader = try CSVReader(path: path)
        guard let first = try reader.next() else { throw IngestError.emptyFile(file: path) }
        let header = try CSVHeader(record: first, file: path)
        var rows: [[String]] = []
        var lines: [Int] = []
        while let r = try reader.next() {
            guard r.count == header.names.count else {
                throw IngestError.wrongFieldCount(file: path, line: r.line, expected: header.names.count, found: r.count)
            }
            var bad = 0
            guard let fields = r.strings(badField: &bad) else {
                throw IngestError.invalidValue(
                    SourceLocation(file: path, line: r.line, column: bad + 1, columnName: header.names[bad]),
                    expected: "UTF-8 text", found: r.text(bad))
            }
            rows.append(fields)
            lines.append(r.line)
        }
        return CSVTable(path: path, header: header.names, rows: rows, lines: lines)
    }

    /// The index of the column named `name`, or `nil`.
    public func columnIndex(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// The values of column `name`; throws `IngestError.missingColumns` listing the header when it is absent.
    public func column(_ name: String) throws -> [String] {
        guard let j = columnIndex(name) else {
            throw IngestError.missingColumns(file: path, missing: ["\"\(name)\""], found: header)
        }
        return rows.map { $0[j] }
    }

    /// The location of row `row`, column `column` (0-based indices), for messages about a value.
    public func location(row: Int, column: Int) -> SourceLocation {
        SourceLocation(file: path, line: lines[row], column: column + 1, columnName: header[column])
    }
}
