import Features

extension SQLScore {
    /// The CTEs `reason_parts`, `reason_candidates`, `reason_ranks` and `reasons` (customer_id, top_reasons), read
    /// from `feature_table`.
    ///
    /// As `churncast score` (ReasonExplainer): each used feature's contribution coefficient × standardised value;
    /// the positive ones, largest first (ties: model feature order); a sentence already given is skipped; at most
    /// three, joined by "; ". Sentences are written only for the `candidateCount` largest contributions, enough to
    /// hold three different ones whatever repeats. Working columns are named cc_… so as not to meet a feature's.
    var reasonCTEs: String {
        let writer = SQLReasonText(dialect: dialect)
        let used = model.usedFeatures
        let parts = zip(used.indices, zip(model.churn.terms.dropFirst(), used)).map { k, pair in
            ["\(k)", "\(dialect.double(pair.0.estimate)) * \(standardised(pair.1))"]
        }
        let sentence = "CASE q.cc_k " + used.indices.map {
            "\n      WHEN \($0) THEN \(writer.sentence(feature: used[$0].name, mean: used[$0].mean))"
        }.joined() + " END"
        return """
            reason_parts AS (
              SELECT customer_id, cc_k, cc_c
              \(dialect.unpivot("feature_table", rows: parts, names: ["cc_k", "cc_c"]))
            ),
            reason_candidates AS (
              SELECT q.customer_id, \(sentence) AS cc_s, q.cc_rank
              FROM (SELECT customer_id, cc_k,
                           ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY cc_c DESC, cc_k) AS cc_rank
                    FROM reason_parts WHERE cc_c > 0) q
              JOIN feature_table t ON t.customer_id = q.customer_id
              WHERE q.cc_rank <= \(candidateCount)
            ),
            reason_ranks AS (
              SELECT customer_id, cc_s, MIN(cc_rank) AS cc_r FROM reason_candidates GROUP BY customer_id, cc_s
            ),
            reasons AS (
              SELECT customer_id, \(dialect.orderedJoin("cc_s", separator: "; ", orderBy: "cc_n")) AS top_reasons
              FROM (SELECT customer_id, cc_s, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY cc_r) AS cc_n
                    FROM reason_ranks) q
              WHERE cc_n <= 3
              GROUP BY customer_id
            )
            """
    }

    /// 3 plus the most repeats that can come before the third different sentence: the NPS features can all say
    /// "never answered an NPS survey", and the three engagement summaries "no social engagement on record".
    var candidateCount: Int {
        let nps: Set<BuiltInFeature> = [.npsCount, .npsLastScore, .npsMeanScore, .npsDaysSinceLast, .npsTrendPer90Days,
                                        .npsChangeFromPrevious, .npsLastPromoter, .npsLastDetractor, .hasNoNPS]
        let engagement: Set<BuiltInFeature> = [.engagementTrend, .engagementDaysSinceLast, .hasNoEngagement]
        let builtIn = model.usedFeatures.compactMap { BuiltInFeature(name: $0.name) }
        let repeats = [nps, engagement].map { group in max(0, builtIn.filter(group.contains).count - 1) }
        return 3 + repeats.reduce(0, +)
    }
}
