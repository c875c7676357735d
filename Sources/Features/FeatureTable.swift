import Ingest

/// The snapshot feature table: one row per customer active at an as-of date, the feature matrix, and the labels.
///
/// Rows are ordered by as-of date (ascending), then by customer index. `values` is column-major: the value of
/// feature j in row r is `values[j * rowCount + r]`, ready to become a LinearAlgebra `Matrix`. It never holds NaN.
public struct FeatureTable: Sendable {
    /// Column names: `BuiltInFeature.allCases` in order, then `encoding.featureNames`.
    public var featureNames: [String]
    /// rowCount × featureNames.count values, column-major.
    public var values: [Double]
    public var rowCount: Int
    /// Per row: the customer's index into `customerIds` (the `CustomerTable` the table was built from).
    public var customerIndex: [Int32]
    /// All ids of the customer table, so that `customerIds[customerIndex[r]]` is row r's customer.
    public var customerIds: [String]
    /// Per row: the as-of date T.
    public var asOf: [Day]
    /// The as-of dates, ascending, and the rows of each: `snapshotRows[s]` are the rows dated `snapshotDates[s]`.
    public var snapshotDates: [Day]
    public var snapshotRows: [Range<Int>]
    /// Label horizon H in days.
    public var horizonDays: Int
    /// Per row: 1 if the customer churned in (T, T+H], else 0.
    public var churned: [UInt8]
    /// Per row: mean daily score of the customer's responses in (T, T+H]; NaN when there is none.
    public var nextScore: [Double]
    /// Per row: number of response days in (T, T+H], and how many of them were promoter (≥ 9) or detractor (< 7)
    /// days (a day's category is that of its mean score).
    public var nextResponseCount: [Int32]
    public var nextPromoterCount: [Int32]
    public var nextDetractorCount: [Int32]
    /// The latest date found in any input (signup, churn, response, engagement); `nil` when there is none.
    /// A snapshot whose T + H is later has labels that may still change.
    public var latestDataDay: Day?
    /// How attributes were encoded; pass it to the builder to encode a scoring snapshot the same way.
    public var encoding: AttributeEncoding
    /// What churn meant when the labels were made (SPEC section 2).
    public var churnDefinition: ChurnDefinition = .contract
    /// The activity channels of a table built from activity of other channels than the social ones (their
    /// columns replace the engagement built-ins); `nil` in the social layout.
    public var activityChannels: [ActivityChannel]?
    /// m and k of the shrunk NPS features of each as-of date built (`NPSPrior`, its `asOf` the date): what a model
    /// trained on the table records. Empty for a table not built by `SnapshotBuilder`.
    public var npsPriors: [NPSPrior] = []
    /// Per customer, the day tenure counts from when the customer list has no signup dates for some customers: the
    /// signup, else the first activity (`CustomerTable.unknownSignup` without any). `nil`: every signup is known.
    public var tenureStarts: [Day]?

    public var featureCount: Int { featureNames.count }

    /// The value of feature `feature` in row `row`.
    public func value(row: Int, feature: Int) -> Double {
        precondition(row >= 0 && row < rowCount && feature >= 0 && feature < featureCount, "index out of range")
        return values[feature * rowCount + row]
    }

    /// The value of a built-in feature in row `row`.
    public func value(row: Int, _ feature: BuiltInFeature) -> Double { value(row: row, feature: feature.column) }

    /// Column `feature`, one value per row.
    public func column(_ feature: Int) -> ArraySlice<Double> {
        precondition(feature >= 0 && feature < featureCount, "feature index out of range")
        return values[feature * rowCount ..< (feature + 1) * rowCount]
    }

    /// The column index of a feature name, or `nil`.
    public func featureIndex(named name: String) -> Int? { featureNames.firstIndex(of: name) }

    /// Row `row`'s customer id.
    public func customerId(row: Int) -> String { customerIds[Int(customerIndex[row])] }

    /// Whether snapshot `s`'s labels are final: T + H is on or before the latest date in the data.
    public func labelsComplete(snapshot s: Int) -> Bool {
        guard let latest = latestDataDay else { return false }
        return snapshotDates[s].adding(days: horizonDays) <= latest
    }
}
