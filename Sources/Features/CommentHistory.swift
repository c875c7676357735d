import Ingest

/// Every customer's commented NPS responses as daily sentiments sorted by date: the responses of one customer on
/// one day that have a comment count as one with their mean sentiment, so the result does not depend on input
/// order. Responses without a comment (`hasComment` false) are left out; with none at all it is empty.
///
/// `scores`, when given, holds each response's score in place of its `sentiment` (`PendingSentiments`).
///
/// Stored flat as `NPSHistory`: customer c's days are `days[offsets[c]..<offsets[c+1]]`, the same range of
/// `sentiments`.
struct CommentHistory {
    var offsets: [Int]
    var days: [Int32]
    var sentiments: [Double]

    init(responses: [NPSResponse], customerCount: Int, scores: [Double]? = nil) {
        var start = [Int](repeating: 0, count: customerCount + 1)
        for r in responses where r.hasComment { start[Int(r.customer) + 1] += 1 }
        for c in 0..<customerCount { start[c + 1] += start[c] }
        var pairs = [(day: Int32, sentiment: Double)](repeating: (0, 0), count: start[customerCount])
        var next = start
        for (i, r) in responses.enumerated() where r.hasComment {
            pairs[next[Int(r.customer)]] = (r.day.index, scores?[i] ?? r.sentiment)
            next[Int(r.customer)] += 1
        }
        offsets = [Int](repeating: 0, count: customerCount + 1)
        days = []
        sentiments = []
        for c in 0..<customerCount {
            let lo = start[c], hi = start[c + 1]
            if hi - lo > 1 { pairs[lo..<hi].sort { ($0.day, $0.sentiment) < ($1.day, $1.sentiment) } }
            var i = lo
            while i < hi {
                let day = pairs[i].day
                var sum = 0.0, n = 0
                while i < hi && pairs[i].day == day { sum += pairs[i].sentiment; n += 1; i += 1 }
                days.append(day)
                sentiments.append(sum / Double(n))
            }
            offsets[c + 1] = days.count
        }
    }

    /// Customer c's latest daily sentiment dated ≤ `t`, or `nil` when no comment is dated ≤ `t`.
    func latest(customer c: Int, atOrBefore t: Int32) -> Double? {
        var k = offsets[c + 1]
        while k > offsets[c] && days[k - 1] > t { k -= 1 }
        return k > offsets[c] ? sentiments[k - 1] : nil
    }
}
