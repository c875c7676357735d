import Ingest
import Support

/// What to build: the as-of dates, the label horizon and the encoding choices of the feature table.
///
/// Encoded as JSON with dates written `YYYY-MM-DD`; every field but `asOf` may be left out and takes its default.
/// Call `validate()` (the builder does) before use.
public struct SnapshotConfig: Codable, Sendable, Equatable {
    /// The as-of dates T. The builder takes them in ascending order; rows come out in that order.
    public var asOf: [Day]
    /// Label horizon H in days: churn and next-period NPS are looked for in (T, T+H].
    public var horizonDays: Int
    /// A categorical level held by fewer customers of the training population than this is pooled into "other".
    public var rareLevelMinCount: Int
    /// At most this many levels of one categorical attribute are kept (the most frequent); the rest go to "other".
    public var maxLevelsPerAttribute: Int
    /// `engagement_days_since_last` is capped at this many days (and is this value when there is no engagement).
    public var engagementRecencyCapDays: Int
    /// `nps_days_since_last` is capped at this many days (and is this value when there is no response).
    public var npsRecencyCapDays: Int
    /// Worker threads for the build (`CHURNCAST_THREADS`, else 2); the table is the same for any value. How to
    /// compute, not what: it is not written when the config is encoded, so a model file does not depend on it.
    public var threads: Int
    /// The churn definition; `nil`: from the customer list (inactivity without a churn_date column). Written to
    /// the model file only when set, so contract models keep their bytes.
    public var churnDefinition: ChurnDefinition?
    /// The activity channels of a table built from an activity export of other channels than the social ones
    /// (`nil`: the social layout). Training leaves it `nil` and records what the data had; scoring passes the
    /// model's, so the same columns are built.
    public var channels: [ActivityChannel]?
    /// m and k of the shrunk NPS features, one per as-of date (`nil`: each snapshot's estimated at its date).
    /// Training leaves it `nil` and records its snapshots' estimates; scoring passes the model's, and a date without
    /// one takes the latest dated before it (`NPSPrior.pick`), so the same values are built.
    public var npsPriors: [NPSPrior]?

    public init(asOf: [Day], horizonDays: Int = 90, rareLevelMinCount: Int = 20, maxLevelsPerAttribute: Int = 20,
                engagementRecencyCapDays: Int = 365, npsRecencyCapDays: Int = 730,
                threads: Int = Parallelism.threads) {
        self.asOf = asOf
        self.horizonDays = horizonDays
        self.rareLevelMinCount = rareLevelMinCount
        self.maxLevelsPerAttribute = maxLevelsPerAttribute
        self.engagementRecencyCapDays = engagementRecencyCapDays
        self.npsRecencyCapDays = npsRecencyCapDays
        self.threads = threads
    }

    /// Checks every field; throws `FeaturesError.invalidConfig` naming the first bad one.
    public func validate() throws {
        func fail(_ field: String, _ expected: String, _ found: Any) throws -> Never {
            throw FeaturesError.invalidConfig(field: field, expected: expected, found: "\(found)")
        }
        if asOf.isEmpty { try fail("asOf", "at least one as-of date", "none") }
        if asOf.count > Self.maxSnapshots { try fail("asOf", "at most \(Self.maxSnapshots) as-of dates", asOf.count) }
        var seen = Set<Day>()
        for d in asOf where !seen.insert(d).inserted { try fail("asOf", "distinct dates", "\(d) twice") }
        if horizonDays <= 0 { try fail("horizonDays", "a positive number of days", horizonDays) }
        if horizonDays > Self.maxHorizonDays {
            try fail("horizonDays", "at most \(Self.maxHorizonDays) days (ten years)", horizonDays)
        }
        if rareLevelMinCount < 1 { try fail("rareLevelMinCount", "at least 1", rareLevelMinCount) }
        if maxLevelsPerAttribute < 1 { try fail("maxLevelsPerAttribute", "at least 1", maxLevelsPerAttribute) }
        if engagementRecencyCapDays < 1 { try fail("engagementRecencyCapDays", "at least 1", engagementRecencyCapDays) }
        if npsRecencyCapDays < 1 { try fail("npsRecencyCapDays", "at least 1", npsRecencyCapDays) }
        if !(1...64).contains(threads) { try fail("threads", "1 to 64", threads) }
    }

    /// The longest label horizon: ten years. Longer is surely a typo, and keeps T + H far inside the day range.
    public static let maxHorizonDays = 3660

    /// The most as-of dates one table may have (a monthly snapshot for 80 years).
    public static let maxSnapshots = 1000

    /// The as-of dates in ascending order.
    public var sortedAsOf: [Day] { asOf.sorted() }

    enum CodingKeys: String, CodingKey {
        case asOf, horizonDays, rareLevelMinCount, maxLevelsPerAttribute, engagementRecencyCapDays,
             npsRecencyCapDays, threads, churnDefinition, channels, npsPriors
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let texts = try c.decode([String].self, forKey: .asOf)
        var days: [Day] = []
        for t in texts {
            guard let d = Day.parse(t) else {
                throw DecodingError.dataCorruptedError(forKey: .asOf, in: c,
                                                       debugDescription: "expected a date YYYY-MM-DD, found \"\(t)\"")
            }
            days.append(d)
        }
        let defaults = SnapshotConfig(asOf: days)
        self.init(
            asOf: days,
            horizonDays: try c.decodeIfPresent(Int.self, forKey: .horizonDays) ?? defaults.horizonDays,
            rareLevelMinCount: try c.decodeIfPresent(Int.self, forKey: .rareLevelMinCount) ?? defaults.rareLevelMinCount,
            maxLevelsPerAttribute: try c.decodeIfPresent(Int.self, forKey: .maxLevelsPerAttribute)
                ?? defaults.maxLevelsPerAttribute,
            engagementRecencyCapDays: try c.decodeIfPresent(Int.self, forKey: .engagementRecencyCapDays)
                ?? defaults.engagementRecencyCapDays,
            npsRecencyCapDays: try c.decodeIfPresent(Int.self, forKey: .npsRecencyCapDays) ?? defaults.npsRecencyCapDays,
            threads: try c.decodeIfPresent(Int.self, forKey: .threads) ?? defaults.threads)
        churnDefinition = try c.decodeIfPresent(ChurnDefinition.self, forKey: .churnDefinition)
        channels = try c.decodeIfPresent([ActivityChannel].self, forKey: .channels)
        npsPriors = try c.decodeIfPresent([NPSPrior].self, forKey: .npsPriors)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(asOf.map(\.description), forKey: .asOf)
        try c.encode(horizonDays, forKey: .horizonDays)
        try c.encode(rareLevelMinCount, forKey: .rareLevelMinCount)
        try c.encode(maxLevelsPerAttribute, forKey: .maxLevelsPerAttribute)
        try c.encode(engagementRecencyCapDays, forKey: .engagementRecencyCapDays)
        try c.encode(npsRecencyCapDays, forKey: .npsRecencyCapDays)
        try c.encodeIfPresent(churnDefinition, forKey: .churnDefinition)
        try c.encodeIfPresent(channels, forKey: .channels)
        try c.encodeIfPresent(npsPriors, forKey: .npsPriors)
    }
}
