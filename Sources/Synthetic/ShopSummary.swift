import Ingest

/// What a shop generation produced: rows per file, orders, units and revenue, repeat buyers, and per quarter end
/// how many customers were acquired, truly active, and (where the horizon fits in the history) bought nothing in
/// the next `truthHorizonDays` days, against the planted probability of that. Stored in shop_truth.json.
public struct ShopSummary: Codable, Sendable, Equatable {
    public var customers: Int
    public var orderRows: Int
    public var npsResponses: Int
    public var orders: Int
    public var units: Int
    public var revenue: Double
    /// Customers with more than one order.
    public var repeatBuyers: Int
    /// Customers still active at the end of the history.
    public var activeAtEnd: Int
    public var horizonDays: Int
    public var quarters: [QuarterEnd]

    public struct QuarterEnd: Codable, Sendable, Equatable {
        public var label: String
        public var end: String
        /// Customers whose first order is on or before the quarter end.
        public var acquired: Int
        /// Of those, the ones still active at its end (the planted state).
        public var active: Int
        /// Customers with an order in the quarter.
        public var buyers: Int
        /// Acquired customers without an order in the `horizonDays` days after the end (nil when they run past
        /// the history), and the sum of their planted probabilities of that.
        public var noOrderInHorizon: Int?
        public var expectedNoOrderInHorizon: Double?
    }
}

/// Counts gathered per chunk of customers and added up in chunk order (the sums of probabilities in chunk order
/// too, so the summary is the same on any thread count).
struct ShopCounters {
    var customers = 0, orderRows = 0, npsRows = 0, orders = 0, units = 0, cents = 0, repeatBuyers = 0
    var activeAtEnd = 0
    /// Per quarter end: acquired, active, buyers, no order in the horizon.
    var quarters: [[Int]]
    var expectedNoOrder: [Double]

    init(quarters q: Int) {
        quarters = Array(repeating: [0, 0, 0, 0], count: q)
        expectedNoOrder = Array(repeating: 0, count: q)
    }

    mutating func add(_ o: ShopCounters) {
        customers += o.customers; orderRows += o.orderRows; npsRows += o.npsRows; orders += o.orders
        units += o.units; cents += o.cents; repeatBuyers += o.repeatBuyers; activeAtEnd += o.activeAtEnd
        for i in quarters.indices {
            for j in 0..<4 { quarters[i][j] += o.quarters[i][j] }
            expectedNoOrder[i] += o.expectedNoOrder[i]
        }
    }

    func summary(config: ShopConfig, ends: [Quarter]) -> ShopSummary {
        let h = config.truthHorizonDays
        let qs = ends.enumerated().map { i, q -> ShopSummary.QuarterEnd in
            let fits = q.end.adding(days: h) <= config.end
            return .init(label: q.label, end: q.end.description, acquired: quarters[i][0], active: quarters[i][1],
                         buyers: quarters[i][2], noOrderInHorizon: fits ? quarters[i][3] : nil,
                         expectedNoOrderInHorizon: fits ? expectedNoOrder[i] : nil)
        }
        return ShopSummary(customers: customers, orderRows: orderRows, npsResponses: npsRows, orders: orders,
                           units: units, revenue: Double(cents) / 100, repeatBuyers: repeatBuyers,
                           activeAtEnd: activeAtEnd, horizonDays: h, quarters: qs)
    }
}
