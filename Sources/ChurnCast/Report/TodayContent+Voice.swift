import Comments
import Distributions
import Ingest
import Report

/// The comment parts: detractors to follow up and what customers say (themes, sentiment, drivers, examples).
extension TodayContent {
    /// An answer with its comment's analysis (nil without a comment).
    struct AnalysedAnswer {
        let answer: NPSCommentReader.Answer
        let analysis: CommentAnalysis?

        var group: ReportContent.NPSGroup { ReportContent.NPSGroup(score: Int(answer.score)) }
    }

    /// The months `voice` covers, back from the report's date.
    static let voiceDays = 365
    /// Themes with example comments and in the chart of shares; comments shown per theme.
    static let topThemes = 6
    static let examplesPerTheme = 3
    /// Fewest mentions for a theme to be tested as a driver; quarters in the theme-share chart.
    static let minimumDriverMentions = 5
    static let themeQuarters = 8

    /// Every answer up to the report's date, comments analysed (on `CHURNCAST_THREADS` threads).
    func analyseComments() -> [AnalysedAnswer] {
        let commented = answers.indices.filter { Self.hasText(answers[$0].comment) }
        let analyses = analyzer.analyze(commented.map { answers[$0].comment })
        var byAnswer = [CommentAnalysis?](repeating: nil, count: answers.count)
        for (i, a) in zip(commented, analyses) { byAnswer[i] = a }
        return zip(answers, byAnswer).map { AnalysedAnswer(answer: $0, analysis: $1) }
    }

    /// Detractor answers of the last 30 days, newest first (ties by customer), with comment and churn risk.
    func followUps(_ all: [AnalysedAnswer]) -> ReportContent.FollowUpList {
        let start = today.asOf.adding(days: -Self.followUpDays)
        let risk = Dictionary(today.scores.map { ($0.customerId, $0.churnProbability) }, uniquingKeysWith: { a, _ in a })
        let detractors = all.filter { $0.answer.day > start && $0.group == .detractor }
            .sorted { ($0.answer.day, $1.answer.customerID) > ($1.answer.day, $0.answer.customerID) }
        let shown = detractors.prefix(ReportTables.maxFollowUps).map { response($0, risk: risk[$0.answer.customerID]) }
        return ReportContent.FollowUpList(windowDays: Self.followUpDays, responses: Array(shown), total: detractors.count)
    }

    /// Themes and sentiment by NPS group, theme shares by quarter, examples and key drivers, over the last year.
    func voice(_ all: [AnalysedAnswer]) -> ReportContent.CustomerVoice? {
        let start = today.asOf.adding(days: -Self.voiceDays)
        let inPeriod = all.filter { $0.answer.day > start }
        let commented = inPeriod.filter { $0.analysis != nil }
        guard !commented.isEmpty else { return nil }
        let themes = analyzer.themes.map(\.name).compactMap { name -> ReportContent.ThemeByGroup? in
            let with = commented.filter { $0.analysis!.themes.contains(name) }
            return with.isEmpty ? nil : ReportContent.ThemeByGroup(theme: name, groups: Self.sentimentByGroup(with))
        }.sorted { $0.mentions > $1.mentions }
        let top = themes.prefix(Self.topThemes).map(\.theme)
        return ReportContent.CustomerVoice(
            period: "the last 12 months", comments: commented.count, responses: inPeriod.count,
            sentimentByGroup: Self.sentimentByGroup(commented), themes: themes,
            themeShares: themeShares(all, themes: top),
            examples: top.map { examples(of: $0, in: commented) },
            drivers: Self.drivers(commented, themes: themes.map(\.theme)))
    }

    /// Each complete quarter's comments and the share mentioning each of `themes`, the last few quarters.
    func themeShares(_ all: [AnalysedAnswer], themes: [String]) -> [ReportContent.ThemeQuarter] {
        let rows = quarters.rows.filter(\.complete).suffix(Self.themeQuarters)
        return rows.compactMap { row in
            let inQuarter = all.filter { $0.analysis != nil && row.period.contains($0.answer.day) }
            guard !inQuarter.isEmpty else { return nil }
            let n = Double(inQuarter.count)
            return ReportContent.ThemeQuarter(quarterEnd: row.period.last.description, comments: inQuarter.count,
                                              shares: themes.map { t in
                ReportContent.ThemeShare(theme: t, share: Double(inQuarter.filter { $0.analysis!.themes.contains(t) }.count) / n)
            })
        }
    }

    /// The newest comment of each NPS group mentioning `theme` (detractors first), then the newest others; each
    /// text once.
    func examples(of theme: String, in commented: [AnalysedAnswer]) -> ReportContent.ThemeExamples {
        var seen = Set<String>()
        let with = commented.filter { $0.analysis!.themes.contains(theme) }
            .sorted { ($0.answer.day, $1.answer.customerID) > ($1.answer.day, $0.answer.customerID) }
            .filter { seen.insert($0.answer.comment).inserted }
        var picked = ReportContent.NPSGroup.allCases.reversed().compactMap { g in with.firstIndex { $0.group == g } }
        for i in with.indices where picked.count < Self.examplesPerTheme && !picked.contains(i) { picked.append(i) }
        return ReportContent.ThemeExamples(theme: theme, responses: picked.prefix(Self.examplesPerTheme).map {
            response(with[$0], risk: nil)
        })
    }

    /// Per theme mentioned often enough: the detractor share of commented answers with and without it, and the
    /// two-sided p-value of the pooled two-proportion z test; largest difference first.
    static func drivers(_ commented: [AnalysedAnswer], themes: [String]) -> [ReportContent.ThemeDriver] {
        themes.compactMap { theme -> ReportContent.ThemeDriver? in
            var with = (n: 0, d: 0), without = (n: 0, d: 0)
            for a in commented {
                let detractor = a.group == .detractor ? 1 : 0
                if a.analysis!.themes.contains(theme) { with.n += 1; with.d += detractor } else {
                    without.n += 1; without.d += detractor
                }
            }
            guard with.n >= minimumDriverMentions, without.n > 0 else { return nil }
            let p1 = Double(with.d) / Double(with.n), p2 = Double(without.d) / Double(without.n)
            return ReportContent.ThemeDriver(theme: theme, mentions: with.n, detractorShareWith: p1,
                                             detractorShareWithout: p2,
                                             pValue: twoProportionPValue(with.d, with.n, without.d, without.n))
        }.sorted { $0.differenceInPoints > $1.differenceInPoints }
    }

    /// Two-sided p-value of x1/n1 = x2/n2 by the pooled z test: z = (p1 − p2) / √(p(1 − p)(1/n1 + 1/n2)),
    /// p the pooled share; 1 when the pooled share is 0 or 1 (no spread, no evidence of a difference).
    static func twoProportionPValue(_ x1: Int, _ n1: Int, _ x2: Int, _ n2: Int) -> Double {
        let p = Double(x1 + x2) / Double(n1 + n2)
        let se = (p * (1 - p) * (1 / Double(n1) + 1 / Double(n2))).squareRoot()
        guard se > 0 else { return 1 }
        return Normal.twoSidedPValue((Double(x1) / Double(n1) - Double(x2) / Double(n2)) / se)
    }

    /// Comment counts by sentiment for each NPS group (promoters, passives, detractors).
    static func sentimentByGroup(_ commented: [AnalysedAnswer]) -> [ReportContent.GroupSentiment] {
        ReportContent.NPSGroup.allCases.map { g in
            var s = ReportContent.GroupSentiment(group: g)
            for a in commented where a.group == g {
                switch a.analysis!.sentiment {
                case .negative: s.negative += 1
                case .neutral: s.neutral += 1
                case .positive: s.positive += 1
                }
            }
            return s
        }
    }

    /// An answer as the page lists it.
    func response(_ a: AnalysedAnswer, risk: Double?) -> ReportContent.Response {
        let x = a.analysis
        return ReportContent.Response(
            customerId: a.answer.customerID, date: a.answer.day.description, score: Int(a.answer.score),
            comment: x == nil ? nil : a.answer.comment,
            language: x.flatMap { $0.language == .unknown ? nil : $0.language.rawValue },
            sentiment: x.flatMap { ReportContent.Sentiment(rawValue: $0.sentiment.rawValue) }, themes: x?.themes,
            churnProbability: risk)
    }

    static func hasText(_ s: String) -> Bool { s.unicodeScalars.contains { !$0.properties.isWhitespace } }
}
