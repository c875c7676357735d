import Forecast
import Ingest

extension ForecastRunner {
    /// The change within `last` to carry forward, overall and per segment: its recent half against its earlier
    /// half (`RecentLevel`).
    func recentLevels(_ last: ForecastPeriods.Window, segmentation: Segmentation?) -> BySegment<RecentLevel> {
        let (earlier, recent) = halves(last, segmentation: segmentation)
        return BySegment(overall: RecentLevel(earlier: earlier.overall, recent: recent.overall), labels: recent.labels,
                         segments: zip(earlier.segments, recent.segments).map { RecentLevel(earlier: $0, recent: $1) })
    }

    /// The answers of the two halves of `window`, overall and per segment, in one pass over the per-customer lists.
    func halves(_ window: ForecastPeriods.Window, segmentation: Segmentation?)
        -> (earlier: BySegment<NPSTally>, recent: BySegment<NPSTally>) {
        let middle = window.after.adding(days: window.days / 2)
        let labels = segmentation?.labels ?? []
        var overall = [NPSTally(), NPSTally()]
        var segments = [[NPSTally]](repeating: [NPSTally](repeating: NPSTally(), count: labels.count), count: 2)
        for c in 0..<customers.count {
            let s = segmentation.map { Int($0.ofCustomer[c]) } ?? -1
            for k in answerStart[c]..<answerStart[c + 1] {
                let day = answerDays[k]
                guard day <= window.through else { break }
                guard day > window.after else { continue }
                let half = day > middle ? 1 : 0
                let category: NPSCategory = answerNet[k] == 1 ? .promoter : answerNet[k] == -1 ? .detractor : .passive
                overall[half].add(category)
                if s >= 0 { segments[half][s].add(category) }
            }
        }
        return (BySegment(overall: overall[0], labels: labels, segments: segments[0]),
                BySegment(overall: overall[1], labels: labels, segments: segments[1]))
    }
}
