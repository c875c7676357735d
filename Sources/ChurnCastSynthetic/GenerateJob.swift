import ChurnCast
import Foundation
import Ingest
import Support
import Synthetic

/// `churncast generate` as one call: a synthetic customer base (the three exports) with its planted ground truth,
/// of a subscription business (`ground_truth.json`) or of a shop whose customers fade out (`shop_truth.json`).
public enum GenerateJob {
    /// Which business the base is of.
    public enum Kind: String, Sendable, CaseIterable {
        /// Customers who sign up and cancel (`churn_date`), social-media engagement (`SyntheticGenerator`).
        case subscription
        /// Customers who order and stop without cancelling: no `churn_date`, orders.csv (`ShopGenerator`).
        case shop
    }

    public struct Request: Sendable {
        public var kind: Kind
        public var customers: Int
        public var seed: UInt64
        /// The folder to write into. A base generated there before is replaced; other exports are never touched.
        public var out: String
        /// First and last day of the history.
        public var start: Day
        public var end: Day
        /// Mean share of customers who answer the survey each quarter.
        public var responseRate: Double
        /// Write the quirks real exports have; plant this many invalid rows; a lasting satisfaction shift.
        public var messy: Bool
        public var badRows: Int
        public var shock: String?
        /// Shop only: the share of orders followed by an NPS response (0: no nps_responses.csv), and whether
        /// customers.csv has a `signup_date` column (without it the first order stands in).
        public var surveyShare: Double
        public var signupDates: Bool

        public init(kind: Kind = .subscription, customers: Int, seed: UInt64, out: String, start: Day, end: Day,
                    responseRate: Double, messy: Bool, badRows: Int, shock: String?,
                    surveyShare: Double = ShopConfig.defaultSurveyShare, signupDates: Bool = true) {
            self.kind = kind; self.customers = customers; self.seed = seed; self.out = out
            self.start = start; self.end = end; self.responseRate = responseRate; self.messy = messy
            self.badRows = badRows; self.shock = shock; self.surveyShare = surveyShare; self.signupDates = signupDates
        }
    }

    /// The default first and last day of the history.
    public static let defaultStart = SyntheticConfig.defaultStart
    public static let defaultEnd = SyntheticConfig.defaultEnd

    /// The default survey shares: of customers each quarter (subscription), of orders (shop).
    public static let defaultResponseRate = 0.3
    public static let defaultSurveyShare = ShopConfig.defaultSurveyShare

    /// The default first day of a `kind`'s history: a shop's three years give its 180-day horizons room.
    public static func defaultStart(_ kind: Kind) -> Day {
        kind == .shop ? ShopConfig.defaultStart : defaultStart
    }

    public static func run(_ request: Request) throws -> JobResult {
        if request.kind == .shop { return try runShop(request) }
        let config = SyntheticConfig(customers: request.customers, seed: request.seed, start: request.start,
                                     end: request.end,
                                     responseRate: request.responseRate, messy: request.messy,
                                     badRows: request.badRows,
                                     shock: try request.shock.map { try SatisfactionShock(parsing: $0) })
        try refuseOtherExports(in: request.out, kind: .subscription)
        let summary = try SyntheticGenerator(config).write(to: request.out, overwrite: true)
        return JobResult(text: { summary.table(directory: request.out, config: config) },
                         json: { try JSONText.encode(summary) + "\n" })
    }
}
