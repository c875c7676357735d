/// An invalid row planted on purpose by `--bad-rows N`, so that a test can check a reader's rejects accounting.
/// Listed in ground_truth.json under `bad_rows`.
public struct PlantedBadRow: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A survey score of 11.
        case scoreOutOfRange = "score_out_of_range"
        /// An engagement row with a negative likes count.
        case negativeCount = "negative_count"
        /// A survey or engagement row for a customer id that customers.csv does not hold.
        case unknownCustomer = "unknown_customer"
        /// A date that does not exist (February 30).
        case impossibleDate = "impossible_date"
    }

    /// "nps_responses.csv" or "engagement.csv".
    public var file: String
    /// The physical line the row starts on (1-based; the header is line 1; line breaks inside quoted fields count).
    public var line: Int
    public var kind: Kind
    public var customerID: String
    /// The row as written, without its line ending.
    public var raw: String

    public init(file: String, line: Int, kind: Kind, customerID: String, raw: String) {
        self.file = file; self.line = line; self.kind = kind; self.customerID = customerID; self.raw = raw
    }

    enum CodingKeys: String, CodingKey {
        // `customerId` so the snake_case key is `customer_id` and reads back to this property.
        case file, line, kind, customerID = "customerId", raw
    }

    /// The key of version 1 of ground_truth.json (camelCase as the property is spelled).
    enum Version1Keys: String, CodingKey { case customerID }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.decode(String.self, forKey: .file)
        line = try c.decode(Int.self, forKey: .line)
        kind = try c.decode(Kind.self, forKey: .kind)
        raw = try c.decode(String.self, forKey: .raw)
        customerID = try c.decodeIfPresent(String.self, forKey: .customerID)
            ?? decoder.container(keyedBy: Version1Keys.self).decode(String.self, forKey: .customerID)
    }
}

/// Where the bad rows go: the k-th (k = 0, 1, …) is of the kind and file at k mod 6 in
/// score 11 (survey), negative count (engagement), unknown customer (survey), unknown customer (engagement),
/// impossible date (survey), impossible date (engagement), and follows the rows of a customer chosen uniformly.
struct BadRowPlan {
    struct Entry {
        var ordinal: Int
        var kind: PlantedBadRow.Kind
        var file: String
        var afterCustomer: Int
    }

    static let cycle: [(PlantedBadRow.Kind, String)] = [
        (.scoreOutOfRange, ExportLayout.npsFile), (.negativeCount, ExportLayout.engagementFile),
        (.unknownCustomer, ExportLayout.npsFile), (.unknownCustomer, ExportLayout.engagementFile),
        (.impossibleDate, ExportLayout.npsFile), (.impossibleDate, ExportLayout.engagementFile),
    ]

    /// Entries by the customer they follow, in ordinal order.
    let byCustomer: [Int: [Entry]]

    init(config: SyntheticConfig) {
        var rng = Xoshiro256StarStar(seed: config.seed, customer: -1, stream: .mess)
        var map: [Int: [Entry]] = [:]
        for k in 0..<config.badRows {
            let (kind, file) = BadRowPlan.cycle[k % BadRowPlan.cycle.count]
            let after = rng.below(config.customers)
            map[after, default: []].append(Entry(ordinal: k, kind: kind, file: file, afterCustomer: after))
        }
        byCustomer = map
    }
}
