extension SQLFeatures {
    /// The customers active at T, with the attribute columns the encoding reads.
    var population: String {
        let attributes = encoding.numeric.map(\.name) + encoding.categorical.map(\.name)
        let extra = attributes.map { ", \(col($0))" }.joined()
        return """
              SELECT \(col("customer_id")) AS customer_id, \(col("signup_date")) AS signup_date, \
            \(col("churn_date")) AS churn_date\(extra)
              FROM \(tables.customers)
              WHERE \(col("signup_date")) <= \(t) AND (\(col("churn_date")) IS NULL OR \(col("churn_date")) > \(t))
            """
    }

    /// Daily scores up to T + H of the active customers: same-day responses merged into their mean (SPEC §1).
    var dailyScores: String {
        """
          SELECT n.\(col("customer_id")) AS customer_id, n.\(col("date")) AS day,
                 \(dialect.toDouble("SUM(n.\(col("score")))")) / COUNT(*) AS score
          FROM \(tables.nps) n
          WHERE n.\(col("score")) IS NOT NULL AND n.\(col("date")) <= \(t(plus: horizon))
            AND n.\(col("customer_id")) IN (SELECT customer_id FROM pop)
          GROUP BY n.\(col("customer_id")), n.\(col("date"))
        """
    }

    /// Daily scores dated ≤ T, numbered from the latest (rn = 1), with x = days from T (≤ 0) for the trend.
    var history: String {
        """
          SELECT customer_id, day, score, \(dialect.toDouble(dialect.daysBetween(t, "day"))) AS x,
                 ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY day DESC) AS rn
          FROM daily WHERE day <= \(t)
        """
    }

    /// Per customer: response days, sum, mean and lowest daily score, latest and previous daily score, latest day,
    /// mean x.
    var npsAggregates: String {
        """
          SELECT customer_id, COUNT(*) AS n, SUM(score) / COUNT(*) AS mean_score, SUM(x) / COUNT(*) AS mean_x,
                 SUM(score) AS sum_score, MIN(score) AS min_score,
                 MAX(CASE WHEN rn = 1 THEN score END) AS last_score,
                 MAX(CASE WHEN rn = 2 THEN score END) AS previous_score,
                 MAX(day) AS last_day
          FROM hist GROUP BY customer_id
        """
    }

    /// The centred sums of the least-squares slope (two passes, like `RowWriter`, for accuracy).
    var npsTrend: String {
        """
          SELECT h.customer_id,
                 SUM((h.x - a.mean_x) * (h.x - a.mean_x)) AS sxx,
                 SUM((h.x - a.mean_x) * (h.score - a.mean_score)) AS sxy
          FROM hist h JOIN nps_agg a ON a.customer_id = h.customer_id
          GROUP BY h.customer_id
        """
    }

    /// The next-period label: mean daily score in (T, T+H].
    var npsNext: String {
        """
          SELECT customer_id, SUM(score) / COUNT(*) AS next_score
          FROM daily WHERE day > \(t) GROUP BY customer_id
        """
    }

    /// Channel sums over (T−30, T] and (T−90, T], and the latest day ≤ T with any non-zero channel.
    var engagementSums: String {
        let c = Self.channels.map { "COALESCE(g.\(col($0)), 0)" }
        let day = "g.\(col("date"))"
        var parts: [String] = []
        for (window, from) in [(30, t(plus: -30)), (90, t(plus: -90))] {
            for (name, value) in zip(Self.channels, c) {
                parts.append("SUM(CASE WHEN \(day) > \(from) THEN \(value) ELSE 0 END) AS \(name)_\(window)")
            }
        }
        let any = c.map { "\($0) <> 0" }.joined(separator: " OR ")
        parts.append("MAX(CASE WHEN \(any) THEN \(day) END) AS last_day")
        return """
              SELECT g.\(col("customer_id")) AS customer_id,
                     \(parts.joined(separator: ",\n         "))
              FROM \(tables.engagement) g
              WHERE \(day) <= \(t) AND g.\(col("customer_id")) IN (SELECT customer_id FROM pop)
              GROUP BY g.\(col("customer_id"))
            """
    }
}
