/// The tables of the parts about the business today. Ids: `table-nps-quarters`, `table-segment-nps`,
/// `table-call-list`, `table-follow-ups`, `table-themes`, `table-theme-drivers`, `table-risk-families`.
extension ReportTables {
    /// The most customers to call listed on the page (the CSV beside it has them all).
    public static let maxToCall = 50
    /// The most detractor answers listed to follow up.
    public static let maxFollowUps = 100

    /// "Q3 2026" for a quarter's last day "2026-09-30".
    static func quarterName(_ date: String) -> String {
        ReportCharts.quarterLabel(date).replacingOccurrences(of: "\n", with: " ")
    }

    /// "p = 0.031, statistically real" or "p = 0.21, within chance".
    static func test(_ ch: NPSChange) -> String {
        let p = NumberFormat.pValue(ch.pValue)
        return (p.hasPrefix("<") ? "p \(p)" : "p = \(p)") + (ch.isStatisticallyReal ? ", statistically real" : ", within chance")
    }

    public static func npsQuarters(_ c: ReportContent) -> ReportTable {
        var rows = (c.npsByQuarter ?? []).map { q in
            [quarterName(q.quarterEnd), NumberFormat.integer(q.respondents), NumberFormat.percent(q.promoterShare, 0),
             NumberFormat.percent(q.passiveShare, 0), NumberFormat.percent(q.detractorShare, 0), NumberFormat.signed(q.nps),
             q.interval95.map(interval) ?? "—"]
        }
        if let f = c.npsForecast {
            rows.append([quarterName(f.quarterEnd) + " forecast", f.expectedRespondents.map { "≈ " + NumberFormat.integer(Int($0.rounded())) } ?? "—",
                         "", "", "", NumberFormat.signed(f.forecast),
                         "80%: \(interval(f.interval80)); 95%: \(interval(f.interval95))"])
        }
        return ReportTable(
            id: "table-nps-quarters", caption: "NPS by calendar quarter",
            columns: [.init("Quarter"), .init("Answers", numeric: true), .init("Promoters", numeric: true),
                      .init("Passives", numeric: true), .init("Detractors", numeric: true), .init("NPS", numeric: true),
                      .init("Interval", numeric: true)],
            rows: rows, note: "Intervals are 95% unless marked; the forecast's 80% interval is where next quarter's NPS should land four times in five.")
    }

    public static func segmentNPS(_ t: ReportContent.SegmentNPSTable) -> ReportTable {
        let shown = t.rows.sorted { $0.respondents > $1.respondents }.prefix(maxSegments)
        return ReportTable(
            id: "table-segment-nps", caption: "NPS by \(t.attribute), \(t.period), each against the other customers",
            columns: [.init(t.attribute), .init("Answers", numeric: true), .init("NPS", numeric: true),
                      .init("95% interval", numeric: true), .init("Against the rest", numeric: true), .init("Test"),
                      .init("Next quarter", numeric: true), .init("80% interval", numeric: true)],
            rows: shown.map { s in
                [s.segment + (s.isSmall ? " (small)" : ""), NumberFormat.integer(s.respondents), NumberFormat.signed(s.nps),
                 interval(s.interval95), s.againstRest.map { NumberFormat.signed($0.difference) } ?? "—",
                 s.againstRest.map(test) ?? "—", s.forecast.map { NumberFormat.signed($0) } ?? "—",
                 s.forecastInterval80.map(interval) ?? "—"]
            },
            note: t.rows.count > shown.count ? "Showing the \(shown.count) largest of \(NumberFormat.integer(t.rows.count)) segments." : nil)
    }

    public static func callList(_ list: ReportContent.CallList) -> ReportTable {
        let shown = list.customers.prefix(maxToCall)
        let hasScore = shown.contains { $0.lastScore != nil }, hasValue = shown.contains { $0.value != nil }
        var columns: [ReportTable.Column] = [.init("#", numeric: true), .init("Customer"), .init("Churn probability", numeric: true),
                                             .init("Band")]
        if hasScore { columns.append(.init("Last score", numeric: true)) }
        if hasValue { columns.append(.init("Value", numeric: true)) }
        columns.append(.init("Reasons"))
        return ReportTable(
            id: "table-call-list", caption: "The \(shown.count) customers to call first",
            columns: columns,
            rows: shown.enumerated().map { i, a in
                var row = [String(i + 1), a.id, NumberFormat.percent(a.probability), a.band]
                if hasScore { row.append(a.lastScore.map(String.init) ?? "—") }
                if hasValue { row.append(a.value.map { NumberFormat.fixed($0, 2) } ?? "—") }
                return row + [a.reasons.joined(separator: "; ")]
            },
            note: list.total > shown.count ? "The full list has \(NumberFormat.integer(list.total)) customers." : nil)
    }

    public static func followUps(_ f: ReportContent.FollowUpList) -> ReportTable {
        let shown = f.responses.prefix(maxFollowUps)
        return ReportTable(
            id: "table-follow-ups", caption: "Detractors of the last \(f.windowDays) days",
            columns: [.init("Date"), .init("Customer"), .init("Score", numeric: true), .init("Comment"), .init("Themes"),
                      .init("Churn probability", numeric: true)],
            rows: shown.map { r in
                [r.date, r.customerId, String(r.score), r.comment ?? "(no comment)",
                 r.themes.map { $0.isEmpty ? "—" : $0.joined(separator: ", ") } ?? "—",
                 r.churnProbability.map { NumberFormat.percent($0) } ?? "—"]
            },
            note: f.total > shown.count ? "Showing the \(shown.count) newest of \(NumberFormat.integer(f.total))." : nil)
    }

    /// Themes by NPS group: mentions and the share of them that are negative.
    public static func themes(_ v: ReportContent.CustomerVoice) -> ReportTable {
        func cell(_ g: GroupSentiment?) -> String {
            guard let g, g.comments > 0 else { return "—" }
            return "\(NumberFormat.integer(g.comments)) (\(NumberFormat.percent(Double(g.negative) / Double(g.comments), 0)) negative)"
        }
        return ReportTable(
            id: "table-themes", caption: "Themes in the comments, by who wrote them",
            columns: [.init("Theme"), .init("Mentions", numeric: true)]
                + NPSGroup.allCases.map { .init($0.plural, numeric: true) },
            rows: v.themes.map { t in
                [t.theme, NumberFormat.integer(t.mentions)] + NPSGroup.allCases.map { g in cell(t.groups.first { $0.group == g }) }
            },
            note: "Each cell: comments of the group mentioning the theme, and how many of them read negative.")
    }

    public static func themeDrivers(_ v: ReportContent.CustomerVoice) -> ReportTable {
        ReportTable(
            id: "table-theme-drivers", caption: "Themes that go with detractors",
            columns: [.init("Theme"), .init("Mentions", numeric: true), .init("Detractors with it", numeric: true),
                      .init("Without it", numeric: true), .init("Difference (points)", numeric: true), .init("p-value", numeric: true)],
            rows: v.drivers.map { d in
                [d.theme, NumberFormat.integer(d.mentions), NumberFormat.percent(d.detractorShareWith, 0),
                 NumberFormat.percent(d.detractorShareWithout, 0), NumberFormat.signed(d.differenceInPoints),
                 d.pValue.map(NumberFormat.pValue) ?? "—"]
            })
    }

    /// "strong" (a quarter or more of the model's effect), "moderate" (a tenth or more), "weak".
    static func strengthWord(_ s: Double) -> String { s >= 0.25 ? "strong" : (s >= 0.10 ? "moderate" : "weak") }

    static func directionWords(_ d: RiskDirection) -> String {
        switch d {
        case .raises: return "higher raises the risk"
        case .lowers: return "higher lowers the risk"
        case .mixed: return "works both ways"
        }
    }

    public static func riskFamilies(_ families: [ReportContent.RiskFamily]) -> ReportTable {
        ReportTable(
            id: "table-risk-families", caption: "What moves churn risk, by kind of signal",
            columns: [.init("Signal"), .init("Direction"), .init("Strength", numeric: true), .init("In plain words")],
            rows: families.map { f in
                [f.family, directionWords(f.direction), "\(strengthWord(f.strength)) (\(NumberFormat.percent(f.strength, 0)))",
                 f.summary ?? ""]
            },
            note: "Strength: the signal's share of everything the churn model uses to tell customers apart.")
    }
}

extension ReportTables {
    /// "score 3 (detractor), 2026-09-14, C000123, negative, de" for a quoted comment.
    static func attribution(_ r: ReportContent.Response) -> String {
        ["score \(r.score) (\(NPSGroup(score: r.score).rawValue))", r.date, r.customerId, r.sentiment?.rawValue, r.language]
            .compactMap { $0 }.joined(separator: ", ")
    }
}
