/// The customer list after validation: one entry per customer, columnar.
public struct CustomerTable: Sendable {
    /// Customer ids as written in customers.csv, in file order; the position is the customer's index.
    public var ids: [String]
    public var signup: [Day]
    /// `nil` while the customer is active.
    public var churn: [Day?]
    /// False when customers.csv has no churn_date column (a non-contractual business: churn is inactivity).
    public var hasChurnColumn = true
    /// False when customers.csv has no signup_date column. A customer without a signup (non-contractual
    /// exports only) has `CustomerTable.unknownSignup`: the first activity stands in for it.
    public var hasSignupColumn = true
    /// Numeric attribute columns (any extra column whose non-empty values all parse as numbers); NaN where empty.
    public var numericAttributes: [NamedColumn<Double>]
    /// Text attribute columns; "" where empty.
    public var categoricalAttributes: [NamedColumn<String>]

    public init(ids: [String], signup: [Day], churn: [Day?],
                numericAttributes: [NamedColumn<Double>] = [], categoricalAttributes: [NamedColumn<String>] = []) {
        precondition(signup.count == ids.count && churn.count == ids.count, "customer columns differ in length")
        self.ids = ids
        self.signup = signup
        self.churn = churn
        self.numericAttributes = numericAttributes
        self.categoricalAttributes = categoricalAttributes
    }

    public var count: Int { ids.count }

    /// The placeholder signup of customers without one (later than any date, so no contract snapshot holds them).
    public static let unknownSignup = Day(index: Int32.max / 2)
}

/// A named column of values, one per customer.
public struct NamedColumn<Value: Sendable>: Sendable {
    public var name: String
    public var values: [Value]
    public init(name: String, values: [Value]) { self.name = name; self.values = values }
}

/// One validated NPS response. `customer` is the index into `CustomerTable.ids`.
public struct NPSResponse: Sendable, Equatable {
    public var customer: Int32
    public var day: Day
    /// 0–10.
    public var score: Int8
    public init(customer: Int32, day: Day, score: Int8) { self.customer = customer; self.day = day; self.score = score }
}

/// One validated engagement row. Rows of the same customer and day add up.
public struct EngagementRow: Sendable, Equatable {
    public var customer: Int32
    public var day: Day
    public var likes: Int32
    public var shares: Int32
    public var comments: Int32
    public var dms: Int32
    public init(customer: Int32, day: Day, likes: Int32, shares: Int32, comments: Int32, dms: Int32) {
        self.customer = customer; self.day = day
        self.likes = likes; self.shares = shares; self.comments = comments; self.dms = dms
    }
}

/// A source of engagement rows read once, in any order: the feature builder folds them into per-customer
/// accumulators, so memory does not grow with the number of event rows.
public protocol EngagementSource {
    /// Calls `body` once per valid row (invalid rows are rejected or skipped by the source).
    func forEachRow(_ body: (EngagementRow) throws -> Void) throws
    /// The same rows as `forEachRow`, handed over in runs (each buffer valid only during the call), which saves a
    /// call per row in consumers that take many rows.
    func forEachBatch(_ body: (UnsafeBufferPointer<EngagementRow>) throws -> Void) throws
    /// Activity of other channels to read instead (`nil`: the social rows above are the activity).
    var activitySource: ActivitySource? { get }
}

extension EngagementSource {
    public var activitySource: ActivitySource? { nil }
}

extension EngagementSource {
    /// One row at a time, through `forEachRow`.
    public func forEachBatch(_ body: (UnsafeBufferPointer<EngagementRow>) throws -> Void) throws {
        try forEachRow { row in try withUnsafePointer(to: row) { try body(UnsafeBufferPointer(start: $0, count: 1)) } }
    }
}

/// Engagement rows held in memory (tests, small data).
public struct InMemoryEngagement: EngagementSource, Sendable {
    public var rows: [EngagementRow]
    public init(_ rows: [EngagementRow]) { self.rows = rows }
    public func forEachRow(_ body: (EngagementRow) throws -> Void) throws { for r in rows { try body(r) } }
    public func forEachBatch(_ body: (UnsafeBufferPointer<EngagementRow>) throws -> Void) throws {
        try rows.withUnsafeBufferPointer(body)
    }
}
