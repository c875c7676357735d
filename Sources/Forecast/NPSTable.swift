import Ingest

/// NPS by calendar period and segment (`churncast nps --every quarter|month --by COLUMN`): for each period from the
/// first answer's to the last day's, everyone's and each segment's answers, shares, NPS, margin and interval, the
/// change against the previous period with its test, and each segment tested against the rest.
///
/// Answers are tallied as `QuarterlyNPS` tallies them: two answers of one customer on one day count once, with their
/// mean score (SPEC §1), so the table does not depend on the order of rows.
public struct NPSTable: Codable, Sendable, Equatable {
    public var every: NPSPeriodLength
    public var confidence: Double
    public var method: NPSIntervalMethod
    /// The last day counted: the one asked for, else the last day with an answer; `nil` when there are no answers.
    public var through: Day?
    /// The segment labels, in the order of every row's cells (empty without a segmentation).
    public var segmentLabels: [String]
    /// Oldest first, one per period, periods without answers included.
    public var rows: [NPSTableRow]

    /// The table of `responses` (customers indexed as in `segmentation`), up to and including `through` when given.
    ///
    /// - Complexity: O(r log r) for the r responses, plus O(periods × segments).
    public static func build(_ responses: [NPSResponse], segmentation: Segmentation? = nil,
                             every: NPSPeriodLength = .quarter, through: Day? = nil, confidence: Double = 0.95,
                             method: NPSIntervalMethod = .adjustedWald) -> NPSTable {
        NPSEstimate.checkConfidence(confidence)
        let labels = segmentation?.labels ?? []
        let counted = tallies(responses, segmentation: segmentation, every: every,
                              through: through ?? Day(index: .max))
        var table = NPSTable(every: every, confidence: confidence, method: method, through: nil,
                             segmentLabels: labels, rows: [])
        guard let firstIndex = counted.byPeriod.keys.min(), let lastDay = through ?? counted.lastDay else {
            return table
        }
        table.through = lastDay
        let lastIndex = NPSPeriod(containing: lastDay, length: every).index
        let empty = emptyTallies(labels)
        var previous: BySegment<NPSTally>?
        for index in firstIndex...max(firstIndex, lastIndex) {
            let period = NPSPeriod(index: index, length: every)
            let now = counted.byPeriod[index] ?? empty
            let overall = NPSCell(label: "all", tally: now.overall, previous: previous?.overall, all: nil,
                                  confidence: confidence, method: method)
            let segments = labels.indices.map { s in
                NPSCell(label: labels[s], tally: now.segments[s], previous: previous?.segments[s], all: now.overall,
                        confidence: confidence, method: method)
            }
            table.rows.append(NPSTableRow(period: period, complete: period.last <= lastDay,
                                          cells: BySegment(overall: overall, labels: labels, segments: segments)))
            previous = now
        }
        return table
    }

    /// Each period's tallies (by period index) of the merged answers dated on or before `end`, and the last day
    /// with an answer.
    static func tallies(_ responses: [NPSResponse], segmentation: Segmentation?, every: NPSPeriodLength,
                        through end: Day) -> (byPeriod: [Int: BySegment<NPSTally>], lastDay: Day?) {
        let empty = emptyTallies(segmentation?.labels ?? [])
        var byPeriod = [Int: BySegment<NPSTally>]()
        var lastDay: Day?
        var period = NPSPeriod(index: 0, length: every)
        QuarterlyNPS.forEachAnswer(responses, after: Day(index: .min), through: end) { customer, day, category in
            if !period.contains(day) { period = NPSPeriod(containing: day, length: every) }
            lastDay = max(lastDay ?? day, day)
            byPeriod[period.index, default: empty].overall.add(category)
            if let segmentation {
                let s = segmentation.segment(of: customer)
                if s >= 0 { byPeriod[period.index, default: empty].segments[Int(s)].add(category) }
            }
        }
        return (byPeriod, lastDay)
    }

    /// No answers, for everyone and each of these segments.
    static func emptyTallies(_ labels: [String]) -> BySegment<NPSTally> {
        BySegment(overall: NPSTally(), labels: labels, segments: [NPSTally](repeating: NPSTally(), count: labels.count))
    }
}
