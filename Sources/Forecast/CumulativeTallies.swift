import Ingest

/// Answers counted by day and accumulated, so the tally of any window (after, through] is one difference of two
/// entries instead of a pass over every answer: a backtest asks for four windows per quarter, each a pass over a
/// million customers' answers before.
///
/// Counts are integers, so a window's tally is exactly the one a pass over the answers gives.
public struct CumulativeTallies: Sendable {
    /// The day before the first answer: entry k holds the answers on days `origin + 1 … origin + k`.
    let origin: Day
    /// Running counts; entry 0 is empty.
    let promoters: [Int], passives: [Int], detractors: [Int]

    /// - Parameters:
    ///   - days: each answer's day, in any order.
    ///   - nets: each answer's category on the +1 (promoter), 0 (passive), −1 (detractor) scale.
    /// - Complexity: O(answers + days spanned).
    public init(days: [Day], nets: [Int8]) {
        precondition(days.count == nets.count, "days and nets differ in length")
        guard let first = days.min(), let last = days.max() else {
            origin = Day(index: 0)
            promoters = [0]; passives = [0]; detractors = [0]
            return
        }
        origin = first.adding(days: -1)
        let span = last.days(since: origin) + 1
        var p = [Int](repeating: 0, count: span), o = p, d = p
        for (day, net) in zip(days, nets) {
            let k = day.days(since: origin)
            switch net {
            case 1: p[k] += 1
            case -1: d[k] += 1
            default: o[k] += 1
            }
        }
        for k in 1..<span {
            p[k] += p[k - 1]
            o[k] += o[k - 1]
            d[k] += d[k - 1]
        }
        promoters = p; passives = o; detractors = d
    }

    /// The answers on days in (`start`, `end`].
    public func tally(after start: Day, through end: Day) -> NPSTally {
        let hi = position(end), lo = position(start)
        guard hi > lo else { return NPSTally() }
        return NPSTally(promoters: promoters[hi] - promoters[lo], passives: passives[hi] - passives[lo],
                        detractors: detractors[hi] - detractors[lo])
    }

    /// The entry holding every answer up to and including `day`.
    func position(_ day: Day) -> Int { min(promoters.count - 1, max(0, day.days(since: origin))) }
}
