import Features

extension SQLScore {
    /// The CTEs `typical` (one row: the medians the words quote), `reason_parts`, `reason_ranks` and `reasons`
    /// (customer_id, top_reasons), read from `feature_table`.
    ///
    /// As `churncast score` (ReasonExplainer, by feature family): a family's contribution is Σ coefficient ×
    /// standardised value over its used features, in the model's feature order; the positive ones, largest first
    /// (ties: family order), that have words (`SQLReasonText`); at most three, joined by "; ". Working columns are
    /// named cc_… so as not to meet a feature's.
    var reasonCTEs: String {
        let families = reasonFamilies
        let writer = SQLReasonText(dialect: dialect, encoding: model.encoding,
                                   columns: Set(features.columns.map(\.name)))
        let parts = families.enumerated().map { k, family in
            let terms = family.members.map { "\(dialect.double($0.estimate)) * \(standardised($0.feature))" }
            return ["\(k)", terms.isEmpty ? dialect.double(0) : terms.joined(separator: " + ")]
        }
        let words = "CASE q.cc_k " + families.indices.map {
            "\n      WHEN \($0) THEN \(writer.words(families[$0].family))"
        }.joined() + " END"
        return """
            typical AS (
              SELECT \(writer.typicalColumns.joined(separator: ",\n         "))
              FROM feature_table t
            ),
            reason_parts AS (
              SELECT customer_id, cc_k, cc_c
              \(dialect.unpivot("feature_table", rows: parts, names: ["cc_k", "cc_c"]))
            ),
            reason_ranks AS (
              SELECT q.customer_id, \(words) AS cc_s, q.cc_c, q.cc_k
              FROM reason_parts q
              JOIN feature_table t ON t.customer_id = q.customer_id
              CROSS JOIN typical m
              WHERE q.cc_c > 0
            ),
            reasons AS (
              SELECT customer_id, \(dialect.orderedJoin("cc_s", separator: "; ", orderBy: "cc_n")) AS top_reasons
              FROM (SELECT customer_id, cc_s,
                           ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY cc_c DESC, cc_k) AS cc_n
                    FROM reason_ranks WHERE cc_s IS NOT NULL) q
              WHERE cc_n <= 3
              GROUP BY customer_id
            )
            """
    }

    /// The families of the used features, in `FeatureFamily` order, each with its features' coefficients
    /// (non-zero ones, in the model's feature order, as `FamilyLayout` adds them).
    var reasonFamilies: [(family: FeatureFamily, members: [(estimate: Double, feature: SQLModel.Feature)])] {
        let used = model.usedFeatures
        let byName = FeatureFamily.families(featureNames: used.map(\.name), encoding: model.encoding)
        let familyOf = used.map { byName[$0.name] ?? .attribute($0.name) }
        return Set(familyOf).sorted().map { family in
            (family, zip(model.churn.terms.dropFirst(), used).enumerated()
                .filter { familyOf[$0.offset] == family && $0.element.0.estimate != 0 }
                .map { ($0.element.0.estimate, $0.element.1) })
        }
    }
}
