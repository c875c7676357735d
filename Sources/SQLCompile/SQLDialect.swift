/// The SQL engines ChurnCast compiles features and scores for, and the few places their SQL differs.
///
/// One generator writes every statement; it asks the dialect only for quoting, literals, the double type and the
/// number of days between two dates. Everything else (CASE instead of FILTER, explicit casts before every division,
/// no NULL-ordering dependence) is written in the SQL the three engines share.
public enum SQLDialect: String, CaseIterable, Sendable {
    case postgres, duckdb, spark

    /// The 64-bit floating-point type name in CAST.
    var doubleType: String { self == .postgres ? "DOUBLE PRECISION" : "DOUBLE" }

    /// A quoted identifier: "name" (standard) or `name` (Spark), the quote character doubled inside.
    func identifier(_ name: String) -> String {
        switch self {
        case .postgres, .duckdb: return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        case .spark: return "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
        }
    }

    /// A string literal: quotes doubled (standard); Spark reads backslash escapes, so it escapes both.
    func string(_ text: String) -> String {
        switch self {
        case .postgres, .duckdb: return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case .spark:
            return "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        }
    }

    /// A double literal that reads back exactly: Swift's shortest round-trip digits, cast from text (a bare
    /// `0.1` is NUMERIC or DECIMAL in all three engines).
    func double(_ value: Double) -> String {
        precondition(value.isFinite, "SQL literal must be finite")
        return "CAST('\(value)' AS \(doubleType))"
    }

    /// Written after `name AS` of a CTE whose columns are long expressions read several times: PostgreSQL
    /// would otherwise inline it and compute them once per reference (the scores took 20× as long).
    var materialized: String { self == .postgres ? "MATERIALIZED " : "" }

    /// `FROM source` with each row of `source` repeated once per tuple of `rows` (columns `names`): a lateral
    /// VALUES list, or STACK on Spark.
    func unpivot(_ source: String, rows: [[String]], names: [String]) -> String {
        switch self {
        case .postgres, .duckdb:
            let values = rows.map { "(" + $0.joined(separator: ", ") + ")" }.joined(separator: ",\n    ")
            return "FROM \(source) CROSS JOIN LATERAL (VALUES\n    \(values)) AS v(\(names.joined(separator: ", ")))"
        case .spark:
            let stack = "STACK(\(rows.count),\n    " + rows.map { $0.joined(separator: ", ") }.joined(separator: ",\n    ")
                + ") AS (\(names.joined(separator: ", ")))"
            return "FROM (SELECT *, \(stack) FROM \(source)) v"
        }
    }

    /// The texts `value` of each group joined by `separator` in the order of `key`.
    func orderedJoin(_ value: String, separator: String, orderBy key: String) -> String {
        switch self {
        case .postgres, .duckdb: return "STRING_AGG(\(value), \(string(separator)) ORDER BY \(key))"
        case .spark:
            return "ARRAY_JOIN(TRANSFORM(ARRAY_SORT(COLLECT_LIST(STRUCT(\(key), \(value)))), e -> e.\(value)), "
                + "\(string(separator)))"
        }
    }

    /// The text type name in CAST.
    var textType: String { self == .spark ? "STRING" : "VARCHAR" }

    /// `CAST(expression AS double)`.
    func toDouble(_ expression: String) -> String { "CAST(\(expression) AS \(doubleType))" }

    /// A DATE literal `YYYY-MM-DD`.
    func date(_ text: String) -> String { "DATE '\(text)'" }

    /// Whole days from `start` to `end` (both DATE), an integer: `end - start`, or DATEDIFF on Spark.
    func daysBetween(_ start: String, _ end: String) -> String {
        switch self {
        case .postgres, .duckdb: return "(\(end) - \(start))"
        case .spark: return "DATEDIFF(\(end), \(start))"
        }
    }
}
