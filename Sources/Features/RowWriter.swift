import Ingest

/// Computes one row of the feature table (features and labels) from the grouped NPS history and the engagement
/// accumulators. Rows are independent, so disjoint rows may be written from different threads.
struct RowWriter {
    struct Labels {
        var churned: UnsafeMutableBufferPointer<UInt8>
        var nextScore: UnsafeMutableBufferPointer<Double>
        var nextCount: UnsafeMutableBufferPointer<Int32>
        var nextPromoters: UnsafeMutableBufferPointer<Int32>
        var nextDetractors: UnsafeMutableBufferPointer<Int32>
    }

    let dates: [Int32]
    let horizon: Int32
    let npsCap: Int32
    let engagementCap: Int32
    let customers: CustomerTable
    let history: NPSHistory
    let comments: CommentHistory
    let engagement: EngagementCells
    let attributes: EncodedAttributes
    let rows: Int
    /// Per snapshot, m and k of the shrunk NPS features: the config's for that date (a model's), else estimated there.
    let npsPriors: [NPSPrior]
    private let builtInCount = BuiltInFeature.allCases.count

    init(config: SnapshotConfig, dates: [Day], customers: CustomerTable, history: NPSHistory,
         comments: CommentHistory, engagement: EngagementCells, attributes: EncodedAttributes, rows: Int) {
        self.dates = dates.map(\.index)
        horizon = Int32(config.horizonDays)
        npsCap = Int32(config.npsRecencyCapDays)
        engagementCap = Int32(config.engagementRecencyCapDays)
        self.customers = customers
        self.history = history
        self.comments = comments
        self.engagement = engagement
        self.attributes = attributes
        self.rows = rows
        let dates = self.dates
        npsPriors = config.npsPriors.map { given in dates.map { NPSPrior.pick(given, at: Day(index: $0)) } }
            ?? NPSPrior.estimates(history, asOf: dates)
    }

    /// Writes row `r` (customer `c` at snapshot `s`) into the column-major `out` and the label buffers.
    func write(row r: Int, snapshot s: Int, customer c: Int, into out: UnsafeMutableBufferPointer<Double>,
               labels: Labels) {
        let t = dates[s]
        out[BuiltInFeature.tenureDays.rawValue * rows + r] = Double(t - customers.signup[c].index)
        let next = writeNPSHistory(row: r, customer: c, at: t, into: out)
        writeLabels(row: r, customer: c, at: t, from: next, into: labels)
        writeComments(row: r, customer: c, at: t, into: out)
        writeEngagement(row: r, snapshot: s, customer: c, at: t, into: out)
        let base = builtInCount
        attributes.forEachValue(customer: c) { j, v in out[(base + j) * rows + r] = v }
    }

    /// The comment features of row `r`: whether customer `c` commented by `t`, and the latest comment's sentiment.
    func writeComments(row r: Int, customer c: Int, at t: Int32, into out: UnsafeMutableBufferPointer<Double>) {
        let sentiment = comments.latest(customer: c, atOrBefore: t)
        out[BuiltInFeature.npsHasCommented.rawValue * rows + r] = sentiment == nil ? 0 : 1
        out[BuiltInFeature.npsLastCommentSentiment.rawValue * rows + r] = sentiment ?? 0
    }

    /// The NPS features of row `r` from customer `c`'s daily scores dated ≤ `t`; returns the index of the first
    /// score after `t` (scores in (T, T+H] start there). Reads the row's tenure, so it is written first.
    func writeNPSHistory(row r: Int, customer c: Int, at t: Int32,
                                 into out: UnsafeMutableBufferPointer<Double>) -> Int {
        func put(_ f: BuiltInFeature, _ v: Double) { out[f.rawValue * rows + r] = v }
        // NPS history: daily scores dated ≤ T are history[o..<k]; those in (T, T+H] follow.
        let o = history.offsets[c], e = history.offsets[c + 1]
        var k = o
        while k < e && history.days[k] <= t { k += 1 }
        let count = k - o
        if count == 0 {
            put(.npsCount, 0)
            put(.npsLastScore, 0)
            put(.npsMeanScore, 0)
            put(.npsTrendPer90Days, 0)
            put(.npsChangeFromPrevious, 0)
            put(.npsLastPromoter, 0)
            put(.npsLastDetractor, 0)
            put(.npsDaysSinceLast, Double(npsCap))
            put(.hasNoNPS, 1)
            put(.npsShrunkMean, 0)
            put(.npsRelativeToOwnMean, 0)
            put(.npsShrunkMin, 0)
            put(.npsResponseRate, 0)
            return k
        }
        let last = history.scores[k - 1]
        var sum = 0.0, minimum = last
        for i in o..<k { sum += history.scores[i]; minimum = min(minimum, history.scores[i]) }
        let mean = sum / Double(count)
        var trend = 0.0, change = 0.0
        if count >= 2 {
            trend = trendPer90Days(scores: o..<k, mean: mean)
            change = last - history.scores[k - 2]
        }
        let category = BuiltInFeature.category(ofScore: last)
        put(.npsCount, Double(count))
        put(.npsLastScore, last)
        put(.npsMeanScore, mean)
        put(.npsDaysSinceLast, Double(min(t - history.days[k - 1], npsCap)))
        put(.npsTrendPer90Days, trend)
        put(.npsChangeFromPrevious, change)
        put(.npsLastPromoter, category == .promoter ? 1 : 0)
        put(.npsLastDetractor, category == .detractor ? 1 : 0)
        put(.hasNoNPS, 0)
        writeOwnHistory(row: r, at: t, count: count, sum: sum, last: last, minimum: minimum, into: out)
        return k
    }

    /// The features of row `r` at `t` that set the customer's `count` daily scores (their `sum`, `last` and
    /// `minimum`) against the population (`NPSPrior` at `t`, formulas in FeatureDictionary), and the response rate
    /// per year of tenure.
    private func writeOwnHistory(row r: Int, at t: Int32, count: Int, sum: Double, last: Double, minimum: Double,
                                 into out: UnsafeMutableBufferPointer<Double>) {
        let prior = npsPriors[snapshot(at: t)]
        let n = Double(count), k = prior.weight, km = prior.weightedMean
        let earlier = count == 1 ? prior.mean : (sum - last + km) / (n - 1 + k)
        let tenure = out[BuiltInFeature.tenureDays.rawValue * rows + r]
        out[BuiltInFeature.npsShrunkMean.rawValue * rows + r] = (sum + km) / (n + k)
        out[BuiltInFeature.npsRelativeToOwnMean.rawValue * rows + r] = last - earlier
        out[BuiltInFeature.npsShrunkMin.rawValue * rows + r] = (minimum * n + km) / (n + k)
        out[BuiltInFeature.npsResponseRate.rawValue * rows + r] = n * 365 / max(tenure, 90)
    }

    /// The index of as-of date `t` in `dates` (ascending), by bisection.
    private func snapshot(at t: Int32) -> Int {
        var lo = 0, hi = dates.count - 1
        while lo < hi { let mid = (lo + hi) / 2; if dates[mid] < t { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// The least-squares slope of score on day over `history[range]` (at least two scores), per 90 days.
    private func trendPer90Days(scores range: Range<Int>, mean: Double) -> Double {
        let origin = history.days[range.lowerBound]
        var tSum = 0.0
        for i in range { tSum += Double(history.days[i] - origin) }
        let tMean = tSum / Double(range.count)
        var sxx = 0.0, sxy = 0.0
        for i in range {
            let dt = Double(history.days[i] - origin) - tMean
            sxx += dt * dt
            sxy += dt * (history.scores[i] - mean)
        }
        return sxy / sxx * 90
    }

    /// The labels of row `r` over (T, T+H]: churn, and the scores from `history[next...]` up to T+H.
    func writeLabels(row r: Int, customer c: Int, at t: Int32, from next: Int, into labels: Labels) {
        let e = history.offsets[c + 1]
        let end = t + horizon
        var nextCount: Int32 = 0, promoters: Int32 = 0, detractors: Int32 = 0
        var nextSum = 0.0
        var j = next
        while j < e && history.days[j] <= end {
            let score = history.scores[j]
            nextCount += 1
            nextSum += score
            switch BuiltInFeature.category(ofScore: score) {
            case .promoter: promoters += 1
            case .detractor: detractors += 1
            case .passive: break
            }
            j += 1
        }
        labels.nextScore[r] = nextCount > 0 ? nextSum / Double(nextCount) : .nan
        labels.nextCount[r] = nextCount
        labels.nextPromoters[r] = promoters
        labels.nextDetractors[r] = detractors
        labels.churned[r] = customers.churn[c].map { $0.index <= end } ?? false ? 1 : 0
    }

    /// The engagement features of row `r` from the accumulator cell of customer `c` at snapshot `s`.
    private func writeEngagement(row r: Int, snapshot s: Int, customer c: Int, at t: Int32,
                                 into out: UnsafeMutableBufferPointer<Double>) {
        func put(_ f: BuiltInFeature, _ v: Double) { out[f.rawValue * rows + r] = v }
        engagement.cells.withUnsafeBufferPointer { cells in
            let cell = (c * engagement.snapshotCount + s) * EngagementCells.stride
            var recent: Int64 = 0, all: Int64 = 0
            for i in 0..<8 {  // likes30 ... dms90 are contiguous columns, in the accumulator's slot order
                let v = cells[cell + i]
                out[(BuiltInFeature.likes30.rawValue + i) * rows + r] = Double(v)
                if i < 4 { recent += Int64(v) } else { all += Int64(v) }
            }
            let r30 = Double(recent), p30 = Double(all - recent) / 2
            put(.engagementTrend, r30 + p30 > 0 ? (r30 - p30) / (r30 + p30) : 0)
            let lastDay = cells[cell + EngagementCells.lastDaySlot]
            if lastDay == EngagementCells.none {
                put(.engagementDaysSinceLast, Double(engagementCap))
                put(.hasNoEngagement, 1)
            } else {
                put(.engagementDaysSinceLast, Double(min(t - lastDay, engagementCap)))
                put(.hasNoEngagement, 0)
            }
        }
    }
}
