/// Checks of the parts about the business today: shares and p-values in 0–1, finite NPS, ordered intervals,
/// non-negative counts, scores 0–10.
extension ReportContent {
    func validateToday() throws {
        if let t = today {
            if let q = t.lastQuarter { try Self.check(q, "today.lastQuarter") }
            if let q = t.last90Days { try Self.check(q, "today.last90Days") }
            if let ch = t.changeFromPreviousQuarter { try Self.check(ch, "today.changeFromPreviousQuarter") }
            for (n, f) in [(t.activeCustomers, "activeCustomers"), (t.customersAtRisk, "customersAtRisk")] {
                if let n { try Check.count(n, "today." + f) }
            }
            if let e = t.expectedChurners { try Check.finite(e, "today.expectedChurners") }
            if let r = t.revenueAtRisk { try Check.finite(r.expected, "today.revenueAtRisk.expected") }
        }
        for (i, q) in (npsByQuarter ?? []).enumerated() {
            let f = "npsByQuarter[\(i)]"
            try Check.count(q.respondents, f + ".respondents")
            try Self.shares(q.promoterShare, q.passiveShare, q.detractorShare, f)
            try Check.finite(q.nps, f + ".nps")
            if let iv = q.interval95 { try Check.interval(iv, f + ".interval95") }
        }
        for (i, s) in (segmentNPS?.rows ?? []).enumerated() {
            let f = "segmentNPS.rows[\(i)]"
            try Check.count(s.respondents, f + ".respondents")
            try Check.finite(s.nps, f + ".nps")
            try Check.interval(s.interval95, f + ".interval95")
            if let ch = s.againstRest { try Self.check(ch, f + ".againstRest") }
            if let v = s.forecast { try Check.finite(v, f + ".forecast") }
            if let iv = s.forecastInterval80 { try Check.interval(iv, f + ".forecastInterval80") }
            if let iv = s.forecastInterval95 { try Check.interval(iv, f + ".forecastInterval95") }
        }
        if let list = callList {
            try Check.count(list.total, "callList.total")
            for (i, a) in list.customers.enumerated() { try Check.share(a.probability, "callList.customers[\(i)].probability") }
        }
        for (i, r) in (followUps?.responses ?? []).enumerated() { try Self.check(r, "followUps.responses[\(i)]") }
        if let v = voice { try validateVoice(v) }
        for (i, r) in (riskFamilies ?? []).enumerated() { try Check.share(r.strength, "riskFamilies[\(i)].strength") }
    }

    private func validateVoice(_ v: CustomerVoice) throws {
        try Check.count(v.comments, "voice.comments")
        for (i, q) in v.themeShares.enumerated() {
            for (j, s) in q.shares.enumerated() { try Check.share(s.share, "voice.themeShares[\(i)].shares[\(j)].share") }
        }
        for (i, d) in v.drivers.enumerated() {
            try Check.share(d.detractorShareWith, "voice.drivers[\(i)].detractorShareWith")
            try Check.share(d.detractorShareWithout, "voice.drivers[\(i)].detractorShareWithout")
            if let p = d.pValue { try Check.share(p, "voice.drivers[\(i)].pValue") }
        }
        for (i, e) in v.examples.enumerated() {
            for (j, r) in e.responses.enumerated() { try Self.check(r, "voice.examples[\(i)].responses[\(j)]") }
        }
    }

    static func check(_ q: NPSFigure, _ field: String) throws {
        try Check.count(q.respondents, field + ".respondents")
        try Check.finite(q.nps, field + ".nps")
        try Check.finite(q.margin95, field + ".margin95")
        try Check.interval(q.interval95, field + ".interval95")
        try shares(q.promoterShare, q.passiveShare, q.detractorShare, field)
    }

    static func check(_ c: NPSChange, _ field: String) throws {
        try Check.finite(c.difference, field + ".difference")
        try Check.share(c.pValue, field + ".pValue")
        if let iv = c.interval95 { try Check.interval(iv, field + ".interval95") }
    }

    static func check(_ r: Response, _ field: String) throws {
        guard (0...10).contains(r.score) else {
            throw ReportError.invalidContent(field: field + ".score", expected: "a score from 0 to 10", found: String(r.score))
        }
        if let p = r.churnProbability { try Check.share(p, field + ".churnProbability") }
    }

    static func shares(_ p: Double, _ m: Double, _ d: Double, _ field: String) throws {
        try Check.share(p, field + ".promoterShare")
        try Check.share(m, field + ".passiveShare")
        try Check.share(d, field + ".detractorShare")
    }
}
