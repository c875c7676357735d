import Forecast
import Ingest
import Report

/// The NPS parts: the headline figures, NPS by quarter, and NPS by segment.
extension TodayContent {
    /// The last calendar quarter complete on the report's date that has answers, and the row before it.
    var lastQuarterRow: NPSTableRow? {
        quarters.rows.last { $0.complete && $0.cells.overall.respondents > 0 }
    }

    /// The headline: NPS of the last quarter and of the last 90 days, the change, customers and revenue at risk.
    func business() throws -> ReportContent.BusinessToday {
        let asOf = today.asOf
        var t = ReportContent.BusinessToday(asOf: asOf.description)
        if let row = lastQuarterRow {
            t.lastQuarter = figure(row.cells.overall, label: Self.quarterName(row.period), period: row.period)
            if let change = row.cells.overall.change {
                t.changeFromPreviousQuarter = Self.change(change, against: Self.quarterName(
                    NPSPeriod(index: row.period.index - 1, length: .quarter)))
            }
        }
        let start = asOf.adding(days: -89)
        let recent = QuarterlyNPS.tally(responses, after: start.adding(days: -1), through: asOf).overall
        if let e = NPSEstimate(recent) {
            t.last90Days = Self.figure(e, label: "last 90 days", start: start, end: asOf)
        }
        try fillRisk(&t)
        return t
    }

    /// Every complete quarter with answers, oldest first.
    func npsByQuarter() -> [ReportContent.QuarterNPS] {
        quarters.rows.compactMap { row in
            let c = row.cells.overall
            guard row.complete, let nps = c.nps, let p = c.promoterShare, let m = c.passiveShare,
                  let d = c.detractorShare else { return nil }
            return ReportContent.QuarterNPS(quarterEnd: row.period.last.description, respondents: c.respondents,
                                            promoterShare: p, passiveShare: m, detractorShare: d, nps: nps,
                                            interval95: c.interval.map(ReportBuilder.interval))
        }
    }

    /// Each segment's NPS in the last complete quarter against the other customers, with next quarter's forecast.
    func segmentNPS() -> ReportContent.SegmentNPSTable? {
        guard let by = segmentBy, let row = lastQuarterRow else { return nil }
        let forecasts = today.forecast.forecast.segments
        let rows = row.cells.segments.compactMap { c -> ReportContent.SegmentNPS? in
            guard let nps = c.nps, let iv = c.interval else { return nil }
            let f = forecasts.first { $0.label == c.label }
            return ReportContent.SegmentNPS(
                segment: c.label, respondents: c.respondents, nps: nps, interval95: ReportBuilder.interval(iv),
                againstRest: c.versusRest.map { Self.change($0, against: "the other customers") },
                forecast: f?.point, forecastInterval80: f.map { ReportBuilder.interval($0.interval80) },
                forecastInterval95: f.map { ReportBuilder.interval($0.interval95) }, isSmall: f?.isSmall ?? false)
        }
        return ReportContent.SegmentNPSTable(attribute: by, period: Self.quarterName(row.period), rows: rows)
    }

    /// A table cell as a headline figure.
    func figure(_ c: NPSCell, label: String, period: NPSPeriod) -> ReportContent.NPSFigure? {
        NPSEstimate(c.tally).map { Self.figure($0, label: label, start: period.first, end: period.last) }
    }

    /// NPS, Wald margin and adjusted-Wald interval at 95%, and the shares.
    static func figure(_ e: NPSEstimate, label: String, start: Day, end: Day) -> ReportContent.NPSFigure {
        let iv = e.interval(confidence: 0.95)
        return ReportContent.NPSFigure(
            label: label, start: start.description, end: end.description, nps: e.score,
            margin95: e.margin(confidence: 0.95), interval95: ReportContent.Interval(low: iv.lower, high: iv.upper),
            respondents: e.respondents, promoterShare: e.promoterShare, passiveShare: e.passiveShare,
            detractorShare: e.detractorShare)
    }

    static func change(_ c: NPSComparison, against: String) -> ReportContent.NPSChange {
        ReportContent.NPSChange(against: against, difference: c.difference,
                                interval95: ReportContent.Interval(low: c.lower, high: c.upper), pValue: c.pValue,
                                isStatisticallyReal: c.isStatisticallyReal)
    }

    /// "Q3 2026".
    static func quarterName(_ p: NPSPeriod) -> String {
        let (year, month, _) = p.first.civil
        return "Q\((month - 1) / 3 + 1) \(year)"
    }
}
