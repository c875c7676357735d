/// The features every snapshot has; the raw value is the column, and customer-attribute features follow them.
public enum BuiltInFeature: Int, CaseIterable, Sendable {
    case tenureDays
    case npsCount
    case npsLastScore
    case npsMeanScore
    case npsDaysSinceLast
    case npsTrendPer90Days
    case npsChangeFromPrevious
    case npsLastPromoter
    case npsLastDetractor
    case hasNoNPS
    // The customer's own history against the population (NPSPrior): few answers pulled toward the population mean.
    case npsShrunkMean
    case npsRelativeToOwnMean
    case npsShrunkMin
    case npsResponseRate
    case npsHasCommented
    case npsLastCommentSentiment
    // The eight engagement windows are contiguous, likes/shares/comments/dms over 30 days, then over 90.
    case likes30
    case shares30
    case comments30
    case dms30
    case likes90
    case shares90
    case comments90
    case dms90
    case engagementTrend
    case engagementDaysSinceLast
    case hasNoEngagement

    /// The column of this feature in every `FeatureTable`.
    @inline(__always) public var column: Int { rawValue }

    /// The column name in the feature table and its CSV.
    public var name: String {
        switch self {
        case .tenureDays: return "tenure_days"
        case .npsCount: return "nps_count"
        case .npsLastScore: return "nps_last_score"
        case .npsMeanScore: return "nps_mean_score"
        case .npsDaysSinceLast: return "nps_days_since_last"
        case .npsTrendPer90Days: return "nps_trend_per_90d"
        case .npsChangeFromPrevious: return "nps_change_from_previous"
        case .npsLastPromoter: return "nps_last_promoter"
        case .npsLastDetractor: return "nps_last_detractor"
        case .hasNoNPS: return "has_no_nps"
        case .npsShrunkMean: return "nps_shrunk_mean"
        case .npsRelativeToOwnMean: return "nps_relative_to_own_mean"
        case .npsShrunkMin: return "nps_shrunk_min"
        case .npsResponseRate: return "nps_response_rate"
        case .npsHasCommented: return "nps_has_commented"
        case .npsLastCommentSentiment: return "nps_last_comment_sentiment"
        case .likes30: return "likes_30d"
        case .shares30: return "shares_30d"
        case .comments30: return "comments_30d"
        case .dms30: return "dms_30d"
        case .likes90: return "likes_90d"
        case .shares90: return "shares_90d"
        case .comments90: return "comments_90d"
        case .dms90: return "dms_90d"
        case .engagementTrend: return "engagement_trend"
        case .engagementDaysSinceLast: return "engagement_days_since_last"
        case .hasNoEngagement: return "has_no_engagement"
        }
    }

    /// The feature with this column name, or `nil`.
    public init?(name: String) {
        guard let f = BuiltInFeature.allCases.first(where: { $0.name == name }) else { return nil }
        self = f
    }

    /// The features made from the responses' comments (their sentiment comes from the comment analyzer, which
    /// `churncast sql` cannot run; `train --exclude` leaves them out).
    public static let commentFeatures: [BuiltInFeature] = [.npsHasCommented, .npsLastCommentSentiment]

    /// The NPS category of a score (a same-day mean may be fractional): 9 and above promoter, below 7 detractor.
    public static func category(ofScore score: Double) -> NPSCategory {
        score >= 9 ? .promoter : (score < 7 ? .detractor : .passive)
    }
}

/// Promoter (9–10), passive (7–8) or detractor (0–6).
public enum NPSCategory: String, Sendable, Codable {
    case promoter, passive, detractor
}
