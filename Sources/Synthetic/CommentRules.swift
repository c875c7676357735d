/// The planted rules of the survey comments: who writes in which language, how often each category comments,
/// which tone a comment takes, and which theme — from the customer's situation (`CommentSituation`) or, without
/// one, from the general weights. Every number here is written to ground_truth.json (`CommentRulesDocument`).
public enum CommentRules {
    /// Regions whose customers mostly write German.
    public static let germanRegions: Set<String> = ["eu", "dach", "de", "at", "ch"]
    /// Language shares (english, german, mixed) in `germanRegions` and elsewhere.
    public static let germanRegionMix = (english: 0.25, german: 0.70, mixed: 0.05)
    public static let otherRegionMix = (english: 0.97, german: 0.0, mixed: 0.03)

    /// The comment rate of a category is this factor times `survey.commentShare`, capped at 1.
    public static let rateFactor = (promoter: 0.8, passive: 0.7, detractor: 1.6)
    /// Tone shares (positive, mixed, negative) by category.
    static let promoterTone = (positive: 0.9, mixed: 0.1, negative: 0.0)
    static let passiveTone = (positive: 0.3, mixed: 0.5, negative: 0.2)
    static let detractorTone = (positive: 0.0, mixed: 0.15, negative: 0.85)

    /// With a situation, the share of comments about one of its themes (the rest follow the general choice).
    public static let situationThemeShare = 0.8
    /// In the general choice, the share of comments with no theme ("Love it", "Passt.").
    public static let genericShare = 0.2
    /// The general themes and their weights (summing to 1).
    public static let generalThemes: [(CommentTheme, Double)] = [
        (.support, 0.3), (.billing, 0.2), (.delivery, 0.2), (.communication, 0.2), (.features, 0.1),
    ]
    static let fallingChange = -0.4
    static let newCustomerDays = 90
    static let dropMinimumBefore = 4
    /// Writing habits: shares of customers who write umlauts as ae/oe/ue/ss (of German writers), who write in
    /// lower case, and the per-comment shares of a letter-swap typo, an opener, a closer, an emoji, a line break
    /// between sentences.
    static let transliterateShare = 0.25, lowercaseShare = 0.08
    static let typoShare = 0.1, openerShare = 0.3, closerShare = 0.3, emojiShare = 0.2, lineBreakShare = 0.08

    /// The language of a customer in `region`, from one uniform draw `u`.
    public static func language(region: String, u: Double) -> CommentWriterLanguage {
        let mix = germanRegions.contains(region) ? germanRegionMix : otherRegionMix
        if u < mix.english { return .english }
        return u < mix.english + mix.german ? .german : .mixed
    }

    /// The probability that a response with `score` carries a comment.
    public static func rate(score: Int, commentShare: Double) -> Double {
        let f = score >= 9 ? rateFactor.promoter : (score >= 7 ? rateFactor.passive : rateFactor.detractor)
        return min(1, f * commentShare)
    }

    /// The tone of a comment with `score`, from one uniform draw `u`.
    static func tone(score: Int, u: Double) -> CommentTone {
        let t = score >= 9 ? promoterTone : (score >= 7 ? passiveTone : detractorTone)
        if u < t.positive { return .positive }
        return u < t.positive + t.mixed ? .mixed : .negative
    }

    /// The theme of a comment (nil: no theme), from the situations that apply and uniform draws `u`, `v`.
    static func theme(situations: SituationSet, u: Double, v: Double) -> CommentTheme? {
        if !situations.isEmpty && u < situationThemeShare {
            let pick = Int(v * Double(situations.count * 2))
            let themes = situations.element(pick / 2).themes
            return themes[pick % 2 % themes.count]
        }
        let w = situations.isEmpty ? u : (u - situationThemeShare) / (1 - situationThemeShare)
        guard w >= genericShare else { return nil }
        var cumulative = 0.0
        for (theme, weight) in generalThemes {
            cumulative += weight
            if v < cumulative { return theme }
        }
        return generalThemes.last!.0
    }
}

extension CommentRules {
    /// The comment stream of a customer: the survey stream of the seed XOR `streamSalt` (kept apart from the
    /// survey stream so that scores do not depend on the comments).
    static let streamSalt: UInt64 = 0xC0FF_EE00_C0FF_EE00

    static func stream(seed: UInt64, customer: Int) -> Xoshiro256StarStar {
        Xoshiro256StarStar(seed: seed ^ streamSalt, customer: customer, stream: .survey)
    }
}
