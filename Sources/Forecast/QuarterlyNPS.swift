import Ingest

/// The actual NPS of a period from the responses in it, overall and per segment.
///
/// Two responses of one customer on the same day count as one with their mean score (SPEC section 1), so the
/// result is the same whether or not the caller merged them already.
public enum QuarterlyNPS {
    /// Tallies the responses dated in (`start`, `end`].
    ///
    /// - Complexity: O(r log r) for the r responses in the period.
    public static func tally(_ responses: [NPSResponse], after start: Day, through end: Day,
                             segmentation: Segmentation? = nil) -> BySegment<NPSTally> {
        let labels = segmentation?.labels ?? []
        var overall = NPSTally()
        var segments = [NPSTally](repeating: NPSTally(), count: labels.count)
        forEachAnswer(responses, after: start, through: end) { customer, _, category in
            overall.add(category)
            if let segmentation {
                let s = segmentation.segment(of: customer)
                if s >= 0 { segments[Int(s)].add(category) }
            }
        }
        return BySegment(overall: overall, labels: labels, segments: segments)
    }

    /// Each customer's answers in (`start`, `end`] (same-day answers merged) and their net, promoters − detractors:
    /// the `lastAnswers` / `lastNet` of `CustomerOutlook`, and with a longer window the response counts of
    /// `ResponsePropensity`. Indexed by customer.
    ///
    /// - Complexity: O(r log r) for the r responses in the period, plus O(customers).
    public static func answersByCustomer(_ responses: [NPSResponse], after start: Day, through end: Day,
                                         customers: Int) -> (answers: [Int], net: [Int]) {
        var answers = [Int](repeating: 0, count: customers), net = [Int](repeating: 0, count: customers)
        forEachAnswer(responses, after: start, through: end) { customer, _, category in
            answers[Int(customer)] += 1
            net[Int(customer)] += category == .promoter ? 1 : category == .detractor ? -1 : 0
        }
        return (answers, net)
    }

    /// Calls `body` once per answer in (`start`, `end`]: per customer and day, with the mean score's category.
    static func forEachAnswer(_ responses: [NPSResponse], after start: Day, through end: Day,
                              _ body: (Int32, Day, NPSCategory) -> Void) {
        // Key (customer, day) so same-day answers of one customer sit together after the sort.
        var keyed = [(key: UInt64, score: Int8)]()
        for r in responses where r.day > start && r.day <= end {
            let key = UInt64(UInt32(bitPattern: r.customer)) << 32 | UInt64(UInt32(bitPattern: r.day.index))
            keyed.append((key, r.score))
        }
        keyed.sort { $0.key < $1.key }
        var i = 0
        while i < keyed.count {
            let key = keyed[i].key
            var sum = 0, count = 0
            while i < keyed.count && keyed[i].key == key { sum += Int(keyed[i].score); count += 1; i += 1 }
            body(Int32(truncatingIfNeeded: key >> 32), Day(index: Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)),
                 NPSCategory(score: Double(sum) / Double(count)))
        }
    }

    /// Tallies of consecutive periods of `days` days ending at each of `ends`: the period ending at `e` is
    /// (e − days, e].
    public static func history(_ responses: [NPSResponse], endingAt ends: [Day], days: Int,
                               segmentation: Segmentation? = nil) -> [BySegment<NPSTally>] {
        precondition(days > 0, "a period needs at least one day")
        return ends.map { tally(responses, after: $0.adding(days: -days), through: $0, segmentation: segmentation) }
    }
}
