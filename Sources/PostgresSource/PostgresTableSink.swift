/// Writes rows into a PostgreSQL table in one transaction: the table is created when absent, the rows of the
/// same key (for scores: the same as-of date) are deleted, the new rows are copied in by `COPY … FROM STDIN`, and
/// the transaction commits; on any error it is rolled back and the table is as it was.
public struct PostgresTableSink {
    public var url: String
    public var table: String
    /// Column names and SQL types, in the order of the CSV fields sent.
    public var columns: [(name: String, type: String)]

    public init(url: String, table: String, columns: [(name: String, type: String)]) {
        self.url = url; self.table = table; self.columns = columns
    }

    /// Replaces the rows whose `keyColumn` equals `keyValue` by the CSV lines (no header) that `produce` sends.
    public func replaceRows(whereColumn keyColumn: String, equals keyValue: String,
                            _ produce: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        let connection = try PostgresConnection(url: url)
        let name = PostgresTables.quoted(table)
        let definitions = columns.map { "\(PostgresTables.quotedIdentifier($0.name)) \($0.type)" }
        let literal = "'" + keyValue.map { $0 == "'" ? "''" : String($0) }.joined() + "'"
        try connection.execute("BEGIN", what: "starting the transaction on \(table)")
        do {
            try connection.execute("CREATE TABLE IF NOT EXISTS \(name) (\(definitions.joined(separator: ", ")))",
                                   what: "creating table \(table)")
            try connection.execute("DELETE FROM \(name) WHERE \(PostgresTables.quotedIdentifier(keyColumn)) = \(literal)",
                                   what: "replacing the rows of \(keyValue) in \(table)")
            let list = columns.map { PostgresTables.quotedIdentifier($0.name) }.joined(separator: ", ")
            try connection.copyIn("COPY \(name) (\(list)) FROM STDIN WITH (FORMAT csv)", what: "writing table \(table)",
                                  produce)
            try connection.execute("COMMIT", what: "committing table \(table)")
        } catch {
            try? connection.execute("ROLLBACK", what: "rolling back table \(table)")
            throw error
        }
    }
}
