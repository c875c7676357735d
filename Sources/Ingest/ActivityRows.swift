/// A run of validated activity rows with any channels (SPEC section 1): row i is customer `customers[i]` on day
/// `days[i]` with the values `values[i * channelCount ..< (i + 1) * channelCount]`, one per channel, in the
/// fixed point of `ActivityNumber` (millionths). Valid only during the call that hands it over.
public struct ActivityRows {
    public let count: Int
    public let channelCount: Int
    public let customers: UnsafePointer<Int32>
    public let days: UnsafePointer<Int32>
    public let values: UnsafePointer<Int64>

    public init(count: Int, channelCount: Int, customers: UnsafePointer<Int32>, days: UnsafePointer<Int32>,
                values: UnsafePointer<Int64>) {
        self.count = count; self.channelCount = channelCount
        self.customers = customers; self.days = days; self.values = values
    }
}

/// A source of activity rows of any channels, read once in any order (an `ActivityFile`, or rows in memory).
public protocol ActivitySource: AnyObject {
    /// The channel names, in the order of each row's values.
    var channels: [String] { get }
    /// Calls `body` with every valid row, in runs.
    func forEachBatch(_ body: (ActivityRows) throws -> Void) throws
}

/// Activity rows held in memory (tests, small data); values as written (converted to fixed point).
public final class InMemoryActivity: ActivitySource {
    public let channels: [String]
    let customers: [Int32], days: [Int32], values: [Int64]

    /// `rows`: customer index, day, one value per channel.
    public init(channels: [String], rows: [(customer: Int32, day: Day, values: [Double])]) {
        self.channels = channels
        customers = rows.map(\.customer)
        days = rows.map(\.day.index)
        values = rows.flatMap { r in
            precondition(r.values.count == channels.count, "one value per channel")
            return r.values.map(ActivityNumber.fixed)
        }
    }

    public func forEachBatch(_ body: (ActivityRows) throws -> Void) throws {
        try customers.withUnsafeBufferPointer { c in
            try days.withUnsafeBufferPointer { d in
                try values.withUnsafeBufferPointer { v in
                    guard let cb = c.baseAddress, let db = d.baseAddress, let vb = v.baseAddress ?? (channels.isEmpty
                        ? UnsafePointer(bitPattern: 8) : nil) else { return }
                    try body(ActivityRows(count: c.count, channelCount: channels.count, customers: cb, days: db,
                                          values: vb))
                }
            }
        }
    }
}
