/// The values a column takes in the sampled records, to tell an identifier (invoice numbers, codes, timestamps)
/// from a count or amount: every value a whole number of at least 10,000, all within a factor of two of each other,
/// and not all the same. Counts and amounts start near zero or spread over orders of magnitude; a constant amount
/// (one fee on every row) stays a channel.
struct SampledRange {
    private var low = Int64.max, high = Int64.min, whole = true

    mutating func add(_ v: Int64) {
        low = min(low, v)
        high = max(high, v)
        whole = whole && ActivityNumber.isWholeNumber(v)
    }

    /// "whole numbers from L to H in the first rows" when the column looks like an identifier, else `nil`.
    var identifierLike: String? {
        let floor = 10_000 * ActivityNumber.scale
        guard whole, low >= floor, high > low, high / 2 < low else { return nil }
        let s = ActivityNumber.scale
        return "whole numbers from \(low / s) to \(high / s) in its first rows"
    }
}
