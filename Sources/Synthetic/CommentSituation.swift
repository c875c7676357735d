import Ingest

/// What is going on for a customer on the day they answer, as far as their comment reflects it. Each situation
/// has the themes its comments are about (`CommentRules.situationThemeShare` of the time); the rules are written
/// to ground_truth.json so that a comment analysis can be checked against them.
public enum CommentSituation: Int, CaseIterable, Sendable {
    /// Under a planted negative shock (`--shock` with size < 0), from its first week on.
    case shock
    /// Satisfaction fell: s_w − s_(w−changeLagWeeks) ≤ `CommentRules.fallingChange`.
    case fallingSatisfaction
    /// Engagement dropped: in the 28 days before the answer the customer engaged on at most a third of the
    /// daily rate of the 56 days before those, which held at least 4 engaged days.
    case engagementDrop
    /// The monthly fee lies in the top quarter of the plan's fee range.
    case highFee
    /// Fewer than `CommentRules.newCustomerDays` days since signup.
    case newCustomer

    public var name: String {
        ["shock", "falling_satisfaction", "engagement_drop", "high_fee", "new_customer"][rawValue]
    }

    /// The themes a comment in this situation is about.
    public var themes: [CommentTheme] {
        switch self {
        case .shock, .fallingSatisfaction: return [.reliability, .performance]
        case .engagementDrop: return [.usability, .features]
        case .highFee: return [.price]
        case .newCustomer: return [.onboarding]
        }
    }

    /// The rule in words, as written to ground_truth.json.
    public var rule: String {
        switch self {
        case .shock: return "the customer's segment is under the planted shock (size < 0) in the week of the answer"
        case .fallingSatisfaction:
            return "s_w - s_(w-change_lag_weeks) <= \(CommentRules.fallingChange) in the week of the answer"
        case .engagementDrop:
            return "engaged days in the 28 days before the answer (a) and in the 56 days before those (b), both "
                + "windows after signup and config.start: b >= \(CommentRules.dropMinimumBefore) and 6a <= b"
        case .highFee: return "monthly_fee >= fee_min + 0.75 * (fee_max - fee_min) of the customer's plan"
        case .newCustomer: return "fewer than \(CommentRules.newCustomerDays) days from signup_date to the answer"
        }
    }
}

/// The situations that apply, as a bit set over `CommentSituation.rawValue`.
struct SituationSet {
    var bits: UInt8 = 0

    var isEmpty: Bool { bits == 0 }
    var count: Int { bits.nonzeroBitCount }

    mutating func insert(_ s: CommentSituation) { bits |= 1 << UInt8(s.rawValue) }
    func contains(_ s: CommentSituation) -> Bool { bits & (1 << UInt8(s.rawValue)) != 0 }

    /// The `k`-th situation present (0-based, in rawValue order).
    func element(_ k: Int) -> CommentSituation {
        var rest = bits
        for _ in 0..<k { rest &= rest - 1 }
        return CommentSituation(rawValue: rest.trailingZeroBitCount)!
    }
}
