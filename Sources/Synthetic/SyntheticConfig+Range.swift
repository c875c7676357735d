import Ingest

extension SyntheticConfig {
    /// Checks what every generator's configuration has — the customer count and the history's dates — throwing
    /// `SyntheticError.invalidConfig` for the first value out of range. Shared by `SyntheticConfig` and `ShopConfig`.
    static func validateBase(customers: Int, start: Day, end: Day) throws {
        func fail(_ field: String, _ expected: String, _ found: Any) -> SyntheticError {
            .invalidConfig(field: field, expected: expected, found: "\(found)")
        }
        guard customers > 0 && customers <= SyntheticConfig.maxCustomers else {
            throw fail("customers", "1 to \(SyntheticConfig.maxCustomers)", customers)
        }
        guard start < end else { throw fail("end", "a date after the start \(start)", end) }
        guard end.days(since: start) <= 20 * 366 else { throw fail("end", "at most 20 years after the start", end) }
        guard start.civil.year >= 1900 && end.civil.year <= 9999 else {
            throw fail("start", "dates between 1900 and 9999", "\(start)...\(end)")
        }
    }
}
