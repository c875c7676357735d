/// The comment rules as written to ground_truth.json's `comments`: what a comment analysis should recover from
/// nps_responses.csv. Per comment nothing is recorded; the rules and the seed say everything.
public struct CommentRulesDocument: Codable, Sendable, Equatable {
    /// Language shares by region ("other" for every region not listed).
    public var languageByRegion: [String: [String: Double]]
    public var languageRule: String
    /// The probability that a response carries a comment, by category.
    public var commentRate: [String: Double]
    /// Tone shares by category.
    public var tone: [String: [String: Double]]
    /// The planted theme(s) per situation, and the rule that decides the situation.
    public var situations: [Situation]
    public var themeChoice: String
    /// Weights of the general themes (used without a situation).
    public var generalThemes: [String: Double]
    public var style: String

    public struct Situation: Codable, Sendable, Equatable {
        public var name: String
        public var themes: [String]
        public var rule: String
    }

    init(commentShare: Double, regions: [String]) {
        typealias R = CommentRules
        func mix(_ m: (english: Double, german: Double, mixed: Double)) -> [String: Double] {
            ["en": m.english, "de": m.german, "mixed": m.mixed]
        }
        var byRegion = ["other": mix(R.otherRegionMix)]
        for r in regions where R.germanRegions.contains(r) { byRegion[r] = mix(R.germanRegionMix) }
        languageByRegion = byRegion
        languageRule = "each customer writes all their comments in one language, drawn once from their region's "
            + "shares; mixed: the main sentence in English or German (even odds), an opener or closer in the other"
        func rate(_ score: Int) -> Double { (R.rate(score: score, commentShare: commentShare) * 1e9).rounded() / 1e9 }
        commentRate = ["promoter": rate(10), "passive": rate(8), "detractor": rate(0)]
        func tones(_ t: (positive: Double, mixed: Double, negative: Double)) -> [String: Double] {
            ["positive": t.positive, "mixed": t.mixed, "negative": t.negative]
        }
        tone = ["promoter": tones(R.promoterTone), "passive": tones(R.passiveTone),
                "detractor": tones(R.detractorTone)]
        situations = CommentSituation.allCases.map {
            Situation(name: $0.name, themes: $0.themes.map(\.rawValue), rule: $0.rule)
        }
        themeChoice = "when situations apply, with probability \(R.situationThemeShare) a theme of one of them "
            + "(uniform over situations, then over its themes); otherwise with probability \(R.genericShare) no "
            + "theme, else a general theme by general_themes; the tone follows the category (tone)"
        generalThemes = Dictionary(uniqueKeysWithValues: R.generalThemes.map { ($0.0.rawValue, $0.1) })
        style = "per customer: umlauts written ae/oe/ue/ss by \(R.transliterateShare) of German writers, all lower "
            + "case by \(R.lowercaseShare); per comment: opener \(R.openerShare), closer \(R.closerShare), emoji "
            + "\(R.emojiShare), line break between sentences \(R.lineBreakShare), two adjacent letters swapped "
            + "\(R.typoShare)"
    }
}
