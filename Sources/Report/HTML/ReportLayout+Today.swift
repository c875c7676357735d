/// The part about the business today: its headline cards and sections.
extension ReportLayout {
    /// Current NPS (last quarter, last 90 days), its change, customers and revenue at risk, next quarter's forecast.
    public static func todayCards(_ c: ReportContent) -> [HeadlineCard] {
        guard let t = c.today else { return [] }
        var cards: [HeadlineCard] = []
        for q in [t.lastQuarter, t.last90Days].compactMap({ $0 }) {
            cards.append(HeadlineCard(
                label: "NPS, \(q.label)", value: NumberFormat.signed(q.nps),
                detail: "±\(NumberFormat.fixed(q.margin95, 1)) (95%), \(NumberFormat.integer(q.respondents)) answers; "
                    + "\(NumberFormat.percent(q.promoterShare, 0)) promoters, \(NumberFormat.percent(q.passiveShare, 0)) passives, "
                    + "\(NumberFormat.percent(q.detractorShare, 0)) detractors"))
        }
        if let ch = t.changeFromPreviousQuarter {
            cards.append(HeadlineCard(label: "Change from \(ch.against)", value: NumberFormat.signed(ch.difference),
                                      detail: ReportTables.test(ch)))
        }
        if let n = t.customersAtRisk {
            cards.append(HeadlineCard(
                label: "Customers at risk", value: NumberFormat.integer(n),
                detail: "in the \(t.atRiskBand ?? "highest") risk band"
                    + (t.activeCustomers.map { ", of \(NumberFormat.integer($0)) active" } ?? "")))
        }
        if let e = t.expectedChurners {
            cards.append(HeadlineCard(label: "Expected to leave", value: "≈ " + NumberFormat.integer(Int(e.rounded())),
                                      detail: "within \(t.horizonDays ?? 90) days (the sum of the churn probabilities)"))
        }
        if let r = t.revenueAtRisk {
            var detail = "\(r.valueColumn) expected to leave"
            if let a = r.ofCustomersAtRisk { detail += "; \(NumberFormat.fixed(a, 0)) in the highest band" }
            if let total = r.total, total > 0 { detail += "; \(NumberFormat.percent(r.expected / total)) of \(NumberFormat.fixed(total, 0))" }
            cards.append(HeadlineCard(label: "Revenue at risk", value: NumberFormat.fixed(r.expected, 0), detail: detail))
        }
        if let f = c.npsForecast {
            cards.append(HeadlineCard(
                label: "NPS forecast, \(ReportTables.quarterName(f.quarterEnd))", value: NumberFormat.signed(f.forecast),
                detail: "80%: \(ReportTables.interval(f.interval80)); 95%: \(ReportTables.interval(f.interval95))"))
        }
        return cards
    }

    /// NPS by quarter, segments, who to call, detractors to follow up, what customers say, what moves churn risk.
    static func todaySections(_ c: ReportContent) -> [ReportSection] {
        let p = ReportSection.Part.today
        let voice = c.voice
        let csv = c.callList?.csvFile ?? c.files?.customersToCall
        return [
            section("nps-quarters", "NPS", "NPS by quarter",
                    "The share of promoters, passives and detractors in each calendar quarter, the NPS with its 95% interval, "
                        + "and next quarter's forecast.", c.commands.forecast, p, [
                        fig(ReportCharts.npsShares(c), "Answers by NPS group; the NPS is promoters minus detractors."),
                        fig(ReportCharts.npsQuarters(c), "NPS with its 95% interval; the forecast (*) with its 80% (dark) and 95% (light) intervals."),
                        table(ReportTables.npsQuarters(c), when: c.npsByQuarter?.isEmpty == false),
                    ]),
            c.segmentNPS.flatMap { t in
                section("segment-nps", "Segments", "NPS by \(t.attribute)",
                        "Each \(t.attribute)'s NPS in \(t.period), tested against the other customers: a difference is "
                            + "statistically real when p < 0.05.", c.commands.segmentForecast, p, [
                            fig(ReportCharts.segmentNPS(c), "Segments by NPS with their 95% intervals."),
                            table(ReportTables.segmentNPS(t), when: !t.rows.isEmpty),
                        ])
            },
            c.callList.flatMap { list in
                section("call", "Who to call", "Who to call",
                        "The customers most likely to leave in the next quarter, with the reasons behind their scores.", c.commands.score, p, [
                            fig(ReportCharts.riskBands(c), "Active customers in each churn risk band."),
                            table(ReportTables.callList(list), when: !list.customers.isEmpty),
                            csv.map { .link(text: "The full list of \(NumberFormat.integer(list.total)) customers (CSV)", href: $0) },
                        ])
            },
            c.followUps.flatMap { f in
                section("follow-ups", "Follow up", "Detractors to follow up",
                        "Customers who gave 0–6 in the last \(f.windowDays) days, newest first, with what they wrote.", nil, p, [
                            table(ReportTables.followUps(f), when: true),
                        ])
            },
            voice.flatMap { v in
                section("voice", "Comments", "What customers say",
                        "\(NumberFormat.integer(v.comments)) comments"
                            + (v.responses.map { " on \(NumberFormat.integer($0)) answers" } ?? "")
                            + (v.period.map { " in \($0)" } ?? "") + ": their tone, their themes, and the themes that go with detractors.",
                        c.commands.comments, p, [
                            fig(ReportCharts.sentiment(c), "Tone of the comments by who wrote them."),
                            fig(ReportCharts.themeDrivers(c), "Key drivers: how much more often answers mentioning a theme are detractors."),
                            fig(ReportCharts.themeShares(c), "How often the main themes come up, quarter by quarter."),
                            table(ReportTables.themes(v), when: !v.themes.isEmpty),
                            table(ReportTables.themeDrivers(v), when: !v.drivers.isEmpty),
                        ] + v.examples.map { e in
                            e.responses.isEmpty ? nil : .quotes(heading: "\u{201C}\(e.theme)\u{201D}: what customers wrote", responses: e.responses)
                        })
            },
            c.riskFamilies.flatMap { families in
                section("risk-families", "Risk signals", "What moves churn risk",
                        "The churn model's signals grouped by kind, strongest first, in plain words.", c.commands.train, p, [
                            fig(ReportCharts.riskFamilies(c), "Each kind of signal's share of the model's effect and its direction."),
                            table(ReportTables.riskFamilies(families), when: !families.isEmpty),
                        ])
            },
        ].compactMap { $0 }
    }
}

extension ReportLayout {
    /// "How good the models are (evaluated on 2026-06-30)", dated by the evaluation's last snapshot.
    static func evaluationHeading(_ c: ReportContent) -> String {
        "How good the models are" + (c.evaluation?.snapshotDates.last.map { " (evaluated on \($0))" } ?? "")
    }

    static func evaluationIntro(_ c: ReportContent) -> String {
        let h = c.evaluation?.horizonDays ?? c.training.horizonDays
        return "The models are judged on the most recent period whose outcome is known: customers as of the "
            + "evaluation date, followed for \(h) days, which the models did not train on."
    }
}
