import Ingest
import SQLCompile

/// `churncast sql features|score` as calls: one SELECT statement for a dialect, equal to the in-process feature
/// table or scores (the SQL itself is written by `SQLCompile`).
public enum SQLJob {
    /// The feature table at `asOf`: with the model's attribute encoding and NPS prior (`modelPath`), or with those
    /// learned from the exports at `asOf` (`dataDirectory`), as `churncast features` does.
    public static func features(dialect: SQLDialect, asOf: Day, tables: String?, horizon: Int?, modelPath: String?,
                                dataDirectory: String?) throws -> String {
        let names = try tables.map(SQLTables.init(parsing:)) ?? SQLTables()
        var sql: SQLFeatures
        if let modelPath {
            sql = SQLScore(model: try SQLModel.read(path: modelPath), dialect: dialect, asOf: asOf, tables: names)
                .features
            if let horizon { sql.horizon = horizon }
        } else {
            let learned = try SQLFeatures.learned(dataDirectory: dataDirectory ?? ".", asOf: asOf)
            sql = SQLFeatures(dialect: dialect, asOf: asOf, horizon: horizon ?? 90, tables: names,
                              encoding: learned.encoding, npsPrior: learned.npsPrior)
        }
        return sql.statement
    }

    /// The scores at `asOf` of the model in `modelPath`.
    public static func score(dialect: SQLDialect, asOf: Day, tables: String?, modelPath: String) throws -> String {
        let names = try tables.map(SQLTables.init(parsing:)) ?? SQLTables()
        return try SQLScore(model: try SQLModel.read(path: modelPath), dialect: dialect, asOf: asOf, tables: names)
            .statement()
    }
}
