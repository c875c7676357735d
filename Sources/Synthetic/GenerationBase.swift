import Ingest

/// What every generator's configuration starts with — how many customers, from which seed, over which dates —
/// and how `SyntheticConfig` and `ShopConfig` both code it (dates as `YYYY-MM-DD` strings).
struct GenerationBase {
    var customers: Int
    var seed: UInt64
    var start: Day
    var end: Day

    /// The four values, for a configuration's decoder to take over.
    var fields: (customers: Int, seed: UInt64, start: Day, end: Day) { (customers, seed, start, end) }

    /// The shared keys of the configuration's JSON object.
    protocol Keys: CodingKey {
        static var customers: Self { get }
        static var seed: Self { get }
        static var start: Self { get }
        static var end: Self { get }
    }

    init(customers: Int, seed: UInt64, start: Day, end: Day) {
        self.customers = customers; self.seed = seed; self.start = start; self.end = end
    }

    init<K: Keys>(from c: KeyedDecodingContainer<K>) throws {
        customers = try c.decode(Int.self, forKey: .customers)
        seed = try c.decode(UInt64.self, forKey: .seed)
        start = try SyntheticDate.decode(c, .start)
        end = try SyntheticDate.decode(c, .end)
    }

    func encode<K: Keys>(to c: inout KeyedEncodingContainer<K>) throws {
        try c.encode(customers, forKey: .customers)
        try c.encode(seed, forKey: .seed)
        try c.encode(start.description, forKey: .start)
        try c.encode(end.description, forKey: .end)
    }

    /// Throws `SyntheticError.invalidConfig` for the first value out of range: the customer count and the
    /// history's dates.
    func validate() throws {
        guard customers > 0 && customers <= SyntheticConfig.maxCustomers else {
            throw SyntheticError.invalid("customers", "1 to \(SyntheticConfig.maxCustomers)", customers)
        }
        guard start < end else { throw SyntheticError.invalid("end", "a date after the start \(start)", end) }
        guard end.days(since: start) <= 20 * 366 else {
            throw SyntheticError.invalid("end", "at most 20 years after the start", end)
        }
        guard start.civil.year >= 1900 && end.civil.year <= 9999 else {
            throw SyntheticError.invalid("start", "dates between 1900 and 9999", "\(start)...\(end)")
        }
    }
}
