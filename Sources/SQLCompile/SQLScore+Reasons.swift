extension SQLScore {
    /// The CTEs `reason_parts`, `reason_ranks` and `reasons` (customer_id, top_reasons), read from `feature_table`.
    ///
    /// As `churncast score` (ReasonExplainer): each used feature's contribution coefficient × standardised value;
    /// the positive ones, largest first (ties: model feature order); a sentence already given is skipped; at most
    /// three, joined by "; ".
    var reasonCTEs: String {
        let writer = SQLReasonText(dialect: dialect)
        let rows = zip(model.usedFeatures.indices, zip(model.churn.terms.dropFirst(), model.usedFeatures))
            .map { k, pair -> [String] in
                let (term, feature) = pair
                return ["\(k)", "\(dialect.double(term.estimate)) * \(standardised(feature))",
                        writer.sentence(feature: feature.name, mean: feature.mean)]
            }
        return """
            reason_parts AS (
              SELECT customer_id, k, c, s
              \(dialect.unpivot("feature_table", rows: rows, names: ["k", "c", "s"]))
            ),
            reason_ranks AS (
              SELECT customer_id, s, MIN(rank) AS r
              FROM (SELECT customer_id, s, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY c DESC, k) AS rank
                    FROM reason_parts WHERE c > 0) q
              GROUP BY customer_id, s
            ),
            reasons AS (
              SELECT customer_id, \(dialect.orderedJoin("s", separator: "; ", orderBy: "n")) AS top_reasons
              FROM (SELECT customer_id, s, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY r) AS n
                    FROM reason_ranks) q
              WHERE n <= 3
              GROUP BY customer_id
            )
            """
    }
}
