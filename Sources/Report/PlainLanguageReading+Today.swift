/// The reading of the business today: where NPS stands and whether its change is real, who is at risk, where NPS
/// is heading, and what the comments and the churn model point at.
extension PlainLanguageReading {
    /// Nil when the content has nothing about today to say.
    public static func today(_ c: ReportContent) -> String? {
        let parts = [npsNow(c.today), atRisk(c.today), forecast(c), themes(c.voice), families(c.riskFamilies)]
            .compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    static func npsNow(_ t: BusinessToday?) -> String? {
        guard let t, let q = t.lastQuarter ?? t.last90Days else { return nil }
        var s = "In \(q.label) the NPS was \(NumberFormat.signed(q.nps)) (±\(NumberFormat.fixed(q.margin95, 1)) at 95%, "
            + "\(NumberFormat.integer(q.respondents)) answers: \(NumberFormat.percent(q.promoterShare, 0)) promoters, "
            + "\(NumberFormat.percent(q.detractorShare, 0)) detractors)"
        if let ch = t.changeFromPreviousQuarter, t.lastQuarter != nil {
            let d = ch.difference
            let move = abs(d) < 0.05 ? "unchanged from" : "\(d > 0 ? "up" : "down") \(NumberFormat.fixed(abs(d), 1)) points from"
            s += ", \(move) \(ch.against) \u{2014} "
                + (ch.isStatisticallyReal ? "a real change" : "a change within chance")
                + " (\(ReportTables.test(ch).split(separator: ",")[0]))"
        }
        s += "."
        if let n = t.last90Days, t.lastQuarter != nil {
            s += " Over the last 90 days it was \(NumberFormat.signed(n.nps)) (±\(NumberFormat.fixed(n.margin95, 1)))."
        }
        return s
    }

    static func atRisk(_ t: BusinessToday?) -> String? {
        guard let t, t.customersAtRisk != nil || t.expectedChurners != nil else { return nil }
        var parts: [String] = []
        if let n = t.customersAtRisk {
            parts.append("\(NumberFormat.integer(n)) \(t.activeCustomers.map { "of \(NumberFormat.integer($0)) active " } ?? "")"
                + "customers are in the \(t.atRiskBand ?? "highest") risk band")
        }
        if let e = t.expectedChurners {
            parts.append("about \(NumberFormat.integer(Int(e.rounded()))) are expected to leave within \(t.horizonDays ?? 90) days")
        }
        var s = parts.joined(separator: "; ")
        if let r = t.revenueAtRisk {
            s += ", taking \(NumberFormat.fixed(r.expected, 0)) of \(r.valueColumn) with them"
        }
        return s.prefix(1).uppercased() + s.dropFirst() + "."
    }

    static func themes(_ v: CustomerVoice?) -> String? {
        guard let v, let top = v.drivers.max(by: { $0.differenceInPoints < $1.differenceInPoints }),
              top.differenceInPoints > 0 else { return nil }
        return "Of the comment themes, \u{201C}\(top.theme)\u{201D} goes most with detractors: "
            + "\(NumberFormat.percent(top.detractorShareWith, 0)) of the answers mentioning it are detractors, against "
            + "\(NumberFormat.percent(top.detractorShareWithout, 0)) of the others."
    }

    static func families(_ f: [RiskFamily]?) -> String? {
        guard let top = f?.max(by: { $0.strength < $1.strength }) else { return nil }
        return "The strongest signal of churn risk is \(top.family.lowercased()) (\(ReportTables.strengthWord(top.strength)); "
            + "\(ReportTables.directionWords(top.direction)))"
            + (top.summary.map { ": \($0.hasSuffix(".") ? String($0.dropLast()) : $0)" } ?? "") + "."
    }
}
