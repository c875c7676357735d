import Features

extension SQLFeatures {
    /// One output column: its name in the feature table and the SQL expression over pop p, nps_agg a, nps_fit f,
    /// nps_next x and eng e.
    struct Column {
        var name: String
        var expression: String
    }

    /// `customer_id`, `as_of`, every feature in `BuiltInFeature` order, the attributes, `churned`, `next_score`.
    var columns: [Column] {
        var out = [Column(name: "customer_id", expression: "p.customer_id"), Column(name: "as_of", expression: t)]
        out += BuiltInFeature.allCases.map { Column(name: $0.name, expression: expression($0)) }
        out += attributeColumns
        out.append(Column(name: "churned",
                          expression: "CASE WHEN p.churn_date <= \(t(plus: horizon)) THEN 1 ELSE 0 END"))
        out.append(Column(name: "next_score", expression: "x.next_score"))
        return out
    }

    /// A built-in feature's expression; the value without history is `RowWriter`'s.
    func expression(_ f: BuiltInFeature) -> String {
        let none = "a.n IS NULL"
        switch f {
        case .tenureDays: return dialect.daysBetween("p.signup_date", t)
        case .npsCount: return "COALESCE(a.n, 0)"
        case .npsLastScore: return "COALESCE(a.last_score, 0)"
        case .npsMeanScore: return "COALESCE(a.mean_score, 0)"
        case .npsDaysSinceLast:
            return "CASE WHEN \(none) THEN \(npsRecencyCapDays) "
                + "ELSE LEAST(\(dialect.daysBetween("a.last_day", t)), \(npsRecencyCapDays)) END"
        case .npsTrendPer90Days: return "CASE WHEN a.n >= 2 THEN f.sxy / f.sxx * 90 ELSE 0 END"
        case .npsChangeFromPrevious: return "CASE WHEN a.n >= 2 THEN a.last_score - a.previous_score ELSE 0 END"
        case .npsLastPromoter: return "CASE WHEN a.last_score >= 9 THEN 1 ELSE 0 END"
        case .npsLastDetractor: return "CASE WHEN a.last_score < 7 THEN 1 ELSE 0 END"
        case .hasNoNPS: return "CASE WHEN \(none) THEN 1 ELSE 0 END"
        case .npsShrunkMean, .npsRelativeToOwnMean, .npsShrunkMin, .npsResponseRate: return ownHistory(f)
        case .npsHasCommented, .npsLastCommentSentiment: return "0"  // not in SQL: such models are refused (SQLModel)
        case .likes30, .shares30, .comments30, .dms30, .likes90, .shares90, .comments90, .dms90:
            let i = f.rawValue - BuiltInFeature.likes30.rawValue
            return "COALESCE(e.\(Self.channels[i % 4])_\(i < 4 ? 30 : 90), 0)"
        case .engagementTrend:
            let recent = Self.channels.map { "COALESCE(e.\($0)_30, 0)" }.joined(separator: " + ")
            let all = Self.channels.map { "COALESCE(e.\($0)_90, 0)" }.joined(separator: " + ")
            let r = dialect.toDouble(recent), p = "\(dialect.toDouble("(\(all)) - (\(recent))")) / 2"
            return "CASE WHEN \(r) + \(p) > 0 THEN (\(r) - \(p)) / (\(r) + \(p)) ELSE 0 END"
        case .engagementDaysSinceLast:
            return "CASE WHEN e.last_day IS NULL THEN \(engagementRecencyCapDays) "
                + "ELSE LEAST(\(dialect.daysBetween("e.last_day", t)), \(engagementRecencyCapDays)) END"
        case .hasNoEngagement: return "CASE WHEN e.last_day IS NULL THEN 1 ELSE 0 END"
        }
    }

    /// The shrunk NPS features (RowWriter.writeOwnHistory) with m, k and k·m as literals; 0 without history.
    func ownHistory(_ f: BuiltInFeature) -> String {
        let n = dialect.toDouble("a.n"), k = dialect.double(npsPrior.weight), km = dialect.double(npsPrior.weightedMean)
        let value: String
        switch f {
        case .npsShrunkMean: value = "(a.sum_score + \(km)) / (\(n) + \(k))"
        case .npsRelativeToOwnMean:
            value = "CASE WHEN a.n = 1 THEN a.last_score - \(dialect.double(npsPrior.mean)) "
                + "ELSE a.last_score - (a.sum_score - a.last_score + \(km)) / (\(n) - 1 + \(k)) END"
        case .npsShrunkMin: value = "(a.min_score * \(n) + \(km)) / (\(n) + \(k))"
        default:
            let tenure = dialect.toDouble(dialect.daysBetween("p.signup_date", t))
            value = "\(n) * 365 / GREATEST(\(tenure), 90)"
        }
        return "CASE WHEN a.n IS NULL THEN 0 ELSE \(value) END"
    }

    /// The attribute columns of `encoding`, in `AttributeEncoding.featureNames` order (`EncodedAttributes`):
    /// a numeric value or its training median when empty (and the `_missing` indicator); one-hot text levels,
    /// an empty text being "(blank)", and `=other` for any level neither kept nor the reference.
    var attributeColumns: [Column] {
        var out: [Column] = []
        for n in encoding.numeric {
            let v = "p.\(col(n.name))"
            out.append(Column(name: n.name, expression: "COALESCE(\(dialect.toDouble(v)), \(dialect.double(n.fill)))"))
            if n.missingIndicator {
                out.append(Column(name: n.missingFeatureName, expression: "CASE WHEN \(v) IS NULL THEN 1 ELSE 0 END"))
            }
        }
        for c in encoding.categorical {
            let raw = "p.\(col(c.name))"
            let level = "CASE WHEN \(raw) IS NULL OR \(raw) = '' THEN \(dialect.string(AttributeEncoding.blankLevel)) "
                + "ELSE \(raw) END"
            for l in c.levels {
                out.append(Column(name: c.featureName(level: l),
                                  expression: "CASE WHEN \(level) = \(dialect.string(l)) THEN 1 ELSE 0 END"))
            }
            if c.hasOther {
                let known = ([c.reference].compactMap { $0 } + c.levels).map(dialect.string).joined(separator: ", ")
                out.append(Column(name: c.featureName(level: AttributeEncoding.otherLevel),
                                  expression: "CASE WHEN \(level) IN (\(known)) THEN 0 ELSE 1 END"))
            }
        }
        return out
    }
}
