import Ingest

/// Checks an export's table in `information_schema` before any row is read: the table exists, the required
/// columns (after the column mapping) are there, and each has an SQL type that can hold what the export expects.
/// Returns the select list that COPY writes: every column, timestamps in date roles taken at their calendar date.
struct PostgresColumnCheck {
    var connection: PostgresConnection
    var mapping: ColumnMapping

    /// Types a column of each role may have (`information_schema.columns.data_type`). Text is always accepted:
    /// its values are then checked by the same CSV validation as a file's.
    private static let text: Set<String> = ["text", "character varying", "character"]
    private static let integers: Set<String> = ["smallint", "integer", "bigint"]
    private static let dates: Set<String> = ["date", "timestamp without time zone"]

    func selectList(kind: ExportKind, table: String) throws -> String {
        let columns = try describe(table)
        guard !columns.isEmpty else { throw PostgresError.missingTable(table: table) }
        let found = columns.map(\.name)
        let missing = kind.requiredColumns.map { name(of: $0, kind) }.filter { !found.contains($0) }
        if !missing.isEmpty { throw PostgresError.missingColumns(table: table, missing: missing, found: found) }
        var dateColumns: Set<String> = []
        for canonical in kind.requiredColumns {
            let column = name(of: canonical, kind)
            guard let type = columns.first(where: { $0.name == column })?.type else { continue }
            let (allowed, expected) = Self.expectation(canonical)
            if !allowed.contains(type) && !Self.text.contains(type) {
                throw PostgresError.wrongColumnType(table: table, column: column, found: type, expected: expected)
            }
            if type == "timestamp without time zone" { dateColumns.insert(column) }
        }
        return columns.map { column in
            let quoted = PostgresTables.quotedIdentifier(column.name)
            return dateColumns.contains(column.name) ? "\(quoted)::date AS \(quoted)" : quoted
        }.joined(separator: ", ")
    }

    /// The column a canonical name has in the table (through the mapping).
    private func name(of canonical: String, _ kind: ExportKind) -> String {
        mapping.exportName(of: canonical, in: kind) ?? canonical
    }

    /// The SQL types a canonical column accepts besides text, and how the message names them.
    private static func expectation(_ canonical: String) -> (Set<String>, String) {
        switch canonical {
        case "customer_id": return (integers.union(["uuid"]), "text or an integer type")
        case "date", "signup_date", "churn_date": return (dates, "date (or timestamp, or text)")
        default: return (integers, "an integer type (or text)")
        }
    }

    /// Each column's name and `data_type`, in table order; empty when there is no such table.
    private func describe(_ table: String) throws -> [(name: String, type: String)] {
        let parts = table.split(separator: ".", maxSplits: 1).map(String.init)
        let (schemaClause, parameters) = parts.count == 2
            ? ("table_schema = $1 AND table_name = $2", parts)
            : ("table_schema = ANY (current_schemas(false)) AND table_name = $1", parts)
        let rows = try connection.rows(
            "SELECT column_name, data_type, table_schema FROM information_schema.columns WHERE \(schemaClause) "
                + "ORDER BY table_schema = current_schema() DESC, table_schema, ordinal_position",
            parameters: parameters, what: "looking up table \(table)")
        let schema = rows.first?[2]
        return rows.filter { $0[2] == schema }.map { ($0[0] ?? "", $0[1] ?? "") }
    }
}
