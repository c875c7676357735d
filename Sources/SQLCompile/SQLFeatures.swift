import Features
import Ingest

/// `churncast sql features`: one SELECT statement that computes, inside a database, the feature table
/// `churncast features` writes for one as-of date T — the same columns in the same order (`customer_id`, `as_of`,
/// every feature, `churned`, `next_score`) and the same values (to rounding, 1e-9).
///
/// Every definition follows `SnapshotBuilder` and `RowWriter` (Sources/Features):
/// - rows: the customers active at T (signup_date ≤ T, churn_date empty or after T);
/// - NPS: responses of one customer on one day are one daily score, their mean; history is days ≤ T, the labels
///   look at (T, T+H]; the trend is the least-squares slope of daily score on day, × 90; the shrunk features use
///   the given m and k (`NPSPrior`: a model's, or one estimated at T like `features` does) as literals;
/// - engagement: sums over (T−30, T] and (T−90, T], trend (r − p)/(r + p) with p half the 60 days before the last
///   30, recency of the latest day ≤ T with any non-zero channel;
/// - attributes: the given `AttributeEncoding` (a model's, or one learned at T like `features` does).
/// Rows come out ordered by customer_id (`features` keeps the customer file's order, which SQL does not know).
public struct SQLFeatures: Sendable {
    public var dialect: SQLDialect
    public var asOf: Day
    public var horizon: Int
    public var tables: SQLTables
    public var encoding: AttributeEncoding
    public var npsRecencyCapDays: Int
    public var engagementRecencyCapDays: Int
    public var npsPrior: NPSPrior

    public init(dialect: SQLDialect, asOf: Day, horizon: Int = 90, tables: SQLTables = SQLTables(),
                encoding: AttributeEncoding, npsPrior: NPSPrior, npsRecencyCapDays: Int = 730,
                engagementRecencyCapDays: Int = 365) {
        self.dialect = dialect
        self.asOf = asOf
        self.horizon = horizon
        self.tables = tables
        self.encoding = encoding
        self.npsRecencyCapDays = npsRecencyCapDays
        self.engagementRecencyCapDays = engagementRecencyCapDays
        self.npsPrior = npsPrior
    }

    /// The statement, ending in `;`.
    public var statement: String { query(orderBy: "p.\(col("customer_id"))") + ";\n" }

    /// The four engagement channels, in the feature table's order.
    static let channels = ["likes", "shares", "comments", "dms"]

    /// `WITH …` and the final `SELECT … FROM pop …`, ordered by `orderBy` when given (not when used as a CTE).
    func query(orderBy: String?) -> String {
        let ctes = [("pop", population), ("daily", dailyScores), ("hist", history), ("nps_agg", npsAggregates),
                    ("nps_fit", npsTrend), ("nps_next", npsNext), ("eng", engagementSums)]
        var sql = "WITH\n" + ctes.map { "\($0.0) AS (\n\($0.1)\n)" }.joined(separator: ",\n") + "\n"
        sql += "SELECT\n" + columns.map { "  \($0.expression) AS \(dialect.identifier($0.name))" }
            .joined(separator: ",\n")
        sql += """

            FROM pop p
            LEFT JOIN nps_agg a ON a.customer_id = p.customer_id
            LEFT JOIN nps_fit f ON f.customer_id = p.customer_id
            LEFT JOIN nps_next x ON x.customer_id = p.customer_id
            LEFT JOIN eng e ON e.customer_id = p.customer_id
            """
        if let orderBy { sql += "\nORDER BY \(orderBy)" }
        return sql
    }

    /// A quoted column name of a source table.
    func col(_ name: String) -> String { dialect.identifier(name) }

    /// DATE literals of T, T − days and T + days.
    var t: String { dialect.date(asOf.description) }
    func t(plus days: Int) -> String { dialect.date(asOf.adding(days: days).description) }
}
