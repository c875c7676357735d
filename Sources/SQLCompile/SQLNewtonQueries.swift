/// The aggregate queries of `train --engine`: logistic regression's Newton steps computed where the data are, so
/// that only (p+1)×(p+1) sums leave the database.
///
/// Over the stacked feature tables of the training snapshots (`SQLFeatures`, one per as-of date, `UNION ALL`):
/// `moments` gives the row count, the churners and each feature's mean and population standard deviation (the
/// standardisation of `FeatureScaler`); `evaluation(beta:means:sds:)` gives, at coefficients β on the standardised
/// features zⱼ = (xⱼ − meanⱼ)/sdⱼ with η = β₀ + Σ βⱼ zⱼ and p = 1/(1 + e^−η),
/// ```
/// ℓ = Σ [y η − log(1 + e^η)],   g = Σ (y − p) z̃,   H = Σ p(1 − p) z̃ z̃ᵀ     (z̃ = (1, z₁, …, z_p))
/// ```
/// in one row: ℓ, then g, then H's upper triangle row by row. (`Zᵀ(y − p)` and `ZᵀWZ` give the Newton step
/// `H⁻¹g` — the same step as IRLS's `(ZᵀWZ)⁻¹ZᵀWz` with working response z = η + (y − p)/w, minus β.)
public struct SQLNewtonQueries: Sendable {
    public var snapshots: [SQLFeatures]
    /// The design's feature columns (the non-constant features), in order.
    public var features: [String]

    public init(snapshots: [SQLFeatures], features: [String]) {
        precondition(!snapshots.isEmpty, "at least one snapshot")
        self.snapshots = snapshots; self.features = features
    }

    var dialect: SQLDialect { snapshots[0].dialect }

    /// Every training row: the stacked feature tables.
    var stacked: String {
        snapshots.map { "(\n" + $0.query(orderBy: nil) + "\n)" }.joined(separator: "\nUNION ALL\n")
    }

    /// One row: COUNT(*), SUM(churned), then AVG and STDDEV_POP of each feature.
    public var moments: String {
        let columns = features.map { double(dialect.identifier($0)) }
            .map { "AVG(\($0)), STDDEV_POP(\($0))" }.joined(separator: ",\n  ")
        return "SELECT COUNT(*), SUM(churned),\n  \(columns)\nFROM (\n\(stacked)\n) r"
    }

    /// One row: ℓ, g (p + 1 values), H's upper triangle (row by row, (p + 1)(p + 2)/2 values), at `beta`
    /// (intercept first) on features standardised with `means` and `sds`.
    public func evaluation(beta: [Double], means: [Double], sds: [Double]) -> String {
        precondition(beta.count == features.count + 1 && means.count == features.count && sds.count == features.count)
        let z = features.indices.map { "z\($0)" }
        let standardised = features.indices.map {
            "(\(double(dialect.identifier(features[$0]))) - \(Self.literal(means[$0]))) / \(Self.literal(sds[$0])) AS z\($0)"
        }
        let eta = ([Self.literal(beta[0])] + z.indices.map { "\(Self.literal(beta[$0 + 1])) * \(z[$0])" })
            .joined(separator: " + ")
        let terms = ["1.0"] + z
        var sums = ["SUM(y * eta - (GREATEST(eta, 0.0) + LN(1.0 + EXP(-LEAST(ABS(eta), 700.0)))))"]
        sums += terms.map { "SUM((y - p) * \($0))" }
        for j in terms.indices { for k in j..<terms.count { sums.append("SUM(w * \(terms[j]) * \(terms[k]))") } }
        // Each step's working columns computed once per row (MATERIALIZED: otherwise PostgreSQL inlines the CTEs
        // and expands η and p inside each of the (p+1)(p+2)/2 sums).
        let m = dialect == .spark ? "" : "MATERIALIZED "
        return """
            WITH s AS \(m)(
              SELECT \(double("churned")) AS y, \(standardised.joined(separator: ", "))
              FROM (
            \(stacked)
              ) r
            ), e AS \(m)(
              SELECT s.*, \(eta) AS eta FROM s
            ), r AS \(m)(
              SELECT e.*, 1.0 / (1.0 + EXP(-LEAST(GREATEST(eta, -700.0), 700.0))) AS p FROM e
            )
            SELECT \(sums.joined(separator: ",\n  "))
            FROM (SELECT r.*, p * (1.0 - p) AS w FROM r) q
            """
    }

    /// A feature as a double (PostgreSQL's AVG of integers and some features are NUMERIC, whose arithmetic and
    /// conversions are slow and not the in-process arithmetic).
    func double(_ column: String) -> String {
        "CAST(\(column) AS \(dialect == .spark ? "DOUBLE" : "DOUBLE PRECISION"))"
    }

    /// A number as an SQL literal that reads back as the same double (shortest round-trip digits, in parentheses
    /// so that a sign cannot merge with an operator).
    static func literal(_ x: Double) -> String { "(\(x.description))" }
}
