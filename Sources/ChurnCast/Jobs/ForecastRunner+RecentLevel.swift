import Features
import Forecast
import Ingest

extension ForecastRunner {
    /// One half of the last period for one group: its answers, and the model's expected net score (p₊ − p₋ at T)
    /// summed over those answers whose customer is active at T.
    struct HalfTally {
        var tally = NPSTally()
        var expected = 0.0, scored = 0

        mutating func add(_ category: Forecast.NPSCategory, expected net: Double) {
            tally.add(category)
            if !net.isNaN { expected += net; scored += 1 }
        }

        /// 100 × the mean expected net score of the scored answers; 0 without any.
        var modelNPS: Double { scored > 0 ? 100 * expected / Double(scored) : 0 }
    }

    /// The change within `last` to carry forward, overall and per segment: its recent half against its earlier
    /// half, net of the change the model explains by who answered in each half (`RecentLevel`), in one pass over
    /// the per-customer answer lists. `rows` of `table` are the customers active at T, `predictions` theirs.
    func recentLevels(_ last: ForecastPeriods.Window, segmentation: Segmentation?, table: FeatureTable,
                      rows: Range<Int>, predictions: Predictions) -> BySegment<RecentLevel> {
        var net = [Double](repeating: .nan, count: customers.count)
        for r in rows {
            net[Int(table.customerIndex[r])] = predictions.promoterProbability[r] - predictions.detractorProbability[r]
        }
        let middle = last.after.adding(days: last.days / 2)
        let labels = segmentation?.labels ?? []
        var halves = [[HalfTally]](repeating: [HalfTally](repeating: HalfTally(), count: labels.count + 1), count: 2)
        for c in 0..<customers.count {
            let s = segmentation.map { Int($0.ofCustomer[c]) } ?? -1
            for k in answerStart[c]..<answerStart[c + 1] {
                let day = answerDays[k]
                guard day <= last.through else { break }
                guard day > last.after else { continue }
                let half = day > middle ? 1 : 0
                let category: Forecast.NPSCategory = answerNet[k] == 1 ? .promoter
                    : answerNet[k] == -1 ? .detractor : .passive
                halves[half][labels.count].add(category, expected: net[c])
                if s >= 0 { halves[half][s].add(category, expected: net[c]) }
            }
        }
        let levels = (0...labels.count).map { g in
            RecentLevel(earlier: halves[0][g].tally, recent: halves[1][g].tally,
                        explained: halves[1][g].modelNPS - halves[0][g].modelNPS)
        }
        return BySegment(overall: levels[labels.count], labels: labels, segments: Array(levels.prefix(labels.count)))
    }
}
