import Support
import Foundation

/// The contents of ground_truth.json: the configuration (seed and planted model included), the formulas in words,
/// the quirks of the exports, the planted bad rows, the generation summary and the comment rules. Written in
/// ChurnCast's one JSON style (`JSONText`, snake_case keys) since format version 2.
struct GroundTruthDocument: Codable {
    var format = GroundTruth.format
    /// The document's own version: 2 writes snake_case keys; absent in version 1, which wrote camelCase.
    var formatVersion: Int? = GroundTruth.formatVersion
    var generatorVersion = GroundTruth.generatorVersion
    var config: SyntheticConfig
    /// How the ids are made, in words (text derived from the configuration; not read back from version 1).
    var customerIDs: String?
    var files: [String]
    var formulas: [String: String]
    var oracle: String
    var quirks: [String]
    var badRows: [PlantedBadRow]
    var summary: GenerationSummary?
    /// The planted comment rules (absent in documents written before them).
    var comments: CommentRulesDocument?

    enum CodingKeys: String, CodingKey {
        // `customerIds` (not `customerIDs`) so the snake_case key is `customer_ids`, not `customer_i_ds`.
        case format, formatVersion, generatorVersion, config, customerIDs = "customerIds", files, formulas, oracle
        case quirks, badRows, summary, comments
    }

    init(config: SyntheticConfig, layout: ExportLayout, badRows: [PlantedBadRow], summary: GenerationSummary?) {
        self.config = config
        customerIDs = "C followed by the 1-based row number, zero-padded to \(CustomerID.width(customers: config.customers)) digits"
        files = SyntheticGenerator.files
        formulas = GroundTruthDocument.formulas
        oracle = GroundTruthDocument.oracleText
        quirks = ExportLayout.cleanQuirks + (layout.messy ? ExportLayout.messyQuirks : [])
        self.badRows = badRows
        self.summary = summary
        comments = CommentRulesDocument(commentShare: config.model.survey.commentShare,
                                        regions: config.model.regions.map(\.name))
    }

    static let formulas: [String: String] = [
        "time": "weeks counted from config.start; the latent state is constant within a week; churn and engagement are decided per day",
        "satisfaction": "s_w = plan.satisfaction + region.satisfaction + u_i + shock_w + x_w; u_i ~ N(0, individual_sd^2); "
            + "x_w = persistence * x_(w-1) + innovation_sd * e_w, stationary from week -change_lag_weeks; "
            + "shock_w = shock.size for the shocked segment in weeks starting on or after shock.date",
        "nps_score": "clamp(round(survey.intercept + survey.slope * s_w + survey.noise_sd * v), 0, 10), v ~ N(0, 1)",
        "survey_participation": "each quarter, with the customer's propensity response_rate * U(0.5, 1.5) (capped at 1), "
            + "on a uniform day of the quarter on which they are a customer; none after churn",
        "engagement": "a day is engaged with probability 1 / (1 + exp(-(base_log_rate + plan.engagement + "
            + "engagement.satisfaction * s_w))); likes = 1 + Poisson(likes * m_w), shares ~ Poisson(shares * m_w), "
            + "comments ~ Poisson(comments * m_w), dms ~ Poisson(dms / m_w), m_w = exp(count_satisfaction * s_w)",
        "churn_hazard": "daily h_w = 1 / (1 + exp(-eta_w)); eta_w = hazard.intercept + hazard.satisfaction * s_w + "
            + "hazard.satisfaction_change * (s_w - s_(w-change_lag_weeks)) + hazard.log_tenure * ln(1 + tenure years at week start) "
            + "+ plan.hazard + hazard.fee_per100 * monthly_fee / 100; each day after signup (from config.start on) "
            + "the customer churns with probability h_w; the churn date is that day",
        "random_streams": "xoshiro256** seeded per (seed, customer index, stream) through SplitMix64; streams: "
            + "0 attributes+satisfaction, 1 churn, 2 engagement, 3 survey, 4 export mess; comments from stream 3 of "
            + "seed XOR 0xC0FFEE00C0FFEE00 (the writer's language and habits first, then one seed per comment)",
    ]

    static let oracleText = "P(churn date in (T, T+H] | the customer's true latent path up to T and the planted model) "
        + "= 1 - prod_d (1 - E[h_d]), with E over the Gaussian AR(1) forecast of satisfaction from week(T) "
        + "(12-point Gauss-Hermite); exact within the week of T, and it ignores only the second-order correlation "
        + "between the days' hazards. Computed by GroundTruth.oracleChurnProbability, which replays the path from the seed."

    func encoded() throws -> [UInt8] {
        Array(try JSONText.makeEncoder().encode(self)) + [10]
    }
}
