import Ingest

/// Every customer's NPS responses as daily scores sorted by date: responses of one customer on one day are merged
/// into one with their mean score (SPEC section 1), so the result does not depend on the order of the input.
///
/// Stored flat: customer c's daily scores are `days[offsets[c]..<offsets[c+1]]` and the same range of `scores`.
/// - Complexity: O(n + customers) by a counting sort on the customer, then a sort of each customer's few responses.
struct NPSHistory {
    var offsets: [Int]
    var days: [Int32]
    var scores: [Double]
    /// The latest response date, or `nil` without responses.
    var latestDay: Int32?

    init(responses: [NPSResponse], customerCount: Int) {
        var start = [Int](repeating: 0, count: customerCount + 1)
        var latest: Int32?
        for r in responses {
            precondition(r.customer >= 0 && Int(r.customer) < customerCount, "NPS response for an unknown customer")
            start[Int(r.customer) + 1] += 1
            latest = max(latest ?? r.day.index, r.day.index)
        }
        for c in 0..<customerCount { start[c + 1] += start[c] }
        // Scatter (day, score) packed in one Int64 so a plain sort orders by day, then score.
        var packed = [Int64](repeating: 0, count: responses.count)
        var next = start
        for r in responses {
            let c = Int(r.customer)
            packed[next[c]] = Int64(r.day.index) << 8 | Int64(r.score)
            next[c] += 1
        }
        var offsets = [Int](repeating: 0, count: customerCount + 1)
        var days: [Int32] = []
        var scores: [Double] = []
        days.reserveCapacity(responses.count)
        scores.reserveCapacity(responses.count)
        for c in 0..<customerCount {
            let lo = start[c], hi = start[c + 1]
            if hi - lo > 1 { packed[lo..<hi].sort() }
            var i = lo
            while i < hi {
                let day = Int32(truncatingIfNeeded: packed[i] >> 8)
                var sum = 0, n = 0
                while i < hi && Int32(truncatingIfNeeded: packed[i] >> 8) == day {
                    sum += Int(packed[i] & 0xFF); n += 1; i += 1
                }
                days.append(day)
                scores.append(Double(sum) / Double(n))
            }
            offsets[c + 1] = days.count
        }
        self.offsets = offsets
        self.days = days
        self.scores = scores
        self.latestDay = latest
    }
}
