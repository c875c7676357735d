import Foundation
import Support

/// The contents of shop_truth.json: the configuration (seed and planted model included), the process in words,
/// the columns of shop_truth.csv and the generation summary, in ChurnCast's one JSON style (`JSONText`).
struct ShopTruthDocument: Codable {
    var format = ShopGroundTruth.format
    var generatorVersion = ShopGroundTruth.generatorVersion
    var config: ShopConfig
    /// How the ids are made, in words (text derived from the configuration).
    var customerIDs: String?
    var files: [String]
    var formulas: [String: String]
    var truthColumns: [String: String]
    var summary: ShopSummary?

    enum CodingKeys: String, CodingKey {
        // `customerIds` (not `customerIDs`) so the snake_case key is `customer_ids`, not `customer_i_ds`.
        case format, generatorVersion, config, customerIDs = "customerIds", files, formulas, truthColumns, summary
    }

    init(config: ShopConfig, files: [String], summary: ShopSummary?) {
        self.config = config
        customerIDs = "C followed by the 1-based row number, zero-padded to \(CustomerID.width(customers: config.customers)) digits"
        self.files = files
        formulas = ShopTruthDocument.formulas
        truthColumns = ShopTruthDocument.columns(horizon: config.truthHorizonDays)
        self.summary = summary
    }

    static let formulas: [String: String] = [
        "time": "continuous, in days from config.start; an order at time t is written on the day floor(t); "
            + "orders of one customer and day are summed into one row",
        "purchase_rate": "lambda_i = meanRate * exp(segment.rate + acquisition.rate) * G_i * monthFactors[month], "
            + "G_i ~ Gamma(rateShape, 1/rateShape); orders form a Poisson process at that rate while the customer is active",
        "first_order": "a uniform day between config.start and config.end, a uniform time within it; signup_date is that day",
        "experience": "x_k = -badDeliveryImpact * bad_k + experienceSD * z_k, "
            + "bad_k ~ Bernoulli(sigma(logit(badDeliveryRate) + country.badDelivery)), z_k ~ N(0, 1)",
        "dropout": "after order k inactive with probability sigma(logit(p_i) + segment.dropout + acquisition.dropout "
            + "+ firstOrderDropout * [k = 1] - experienceEffect * x_k), p_i ~ Beta(dropoutA, dropoutB); besides, "
            + "inactive at rate backgroundHazard per day from the first order; an inactive customer never orders again",
        "order": "units = 1 + Poisson(unitsMean * U(0.5, 1.5) per customer); value = exp(ln(100 * meanOrderValue) "
            + "+ segment.value + v_i + orderValueSD * zeta - orderValueSD^2 / 2) cents (at least 1.00), v_i ~ N(0, customerValueSD^2)",
        "nps": "with probability config.surveyShare an order is followed 1-14 days later by a response "
            + "clamp(round(survey.intercept + survey.slope * x_k + survey.noiseSD * nu), 0, 10); a comment with "
            + "probability survey.commentShare; responses after config.end are not written",
        "random_streams": "xoshiro256** seeded per (seed, customer index, stream) through SplitMix64; streams: "
            + "0 profile, 1 experience and dropout, 2 order times, units and values, 3 NPS responses",
    ]

    static func columns(horizon h: Int) -> [String: String] {
        [
            "rate": "lambda_i, orders per day at month factor 1",
            "dropout_first": "mean probability of becoming inactive after the first order (over its experience)",
            "dropout_repeat": "the same after every later order",
            "first_order": "day of the first order",
            "inactive_day": "the last day on which the customer was active (empty: active at config.end); "
                + "active at the end of day T iff first_order <= T < inactive_day",
            "alive_Q": "1 if active at the end of quarter Q",
            "p_no_order_Q": "P(no order in the \(h) days after the end of Q | the customer's true state then): "
                + "1 if not active; empty before the first order",
            "expected_orders_Q": "expected orders in those \(h) days given the true state (0 if not active)",
        ]
    }

    func encoded() throws -> [UInt8] {
        Array(try JSONText.makeEncoder().encode(self)) + [10]
    }
}
