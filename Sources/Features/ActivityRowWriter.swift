import Foundation
import Ingest

/// Writes the activity columns of one row of a table built from activity of any channels (`ActivityFeatures`),
/// from the customer's `ActivityCells`; and the inactivity label. Rows are independent, so disjoint rows may be
/// written from different threads.
struct ActivityRowWriter {
    let features: ActivityFeatures
    let columns: [ActivityFeatures.Column]
    let cells: ActivityCells
    /// The first column of the activity block.
    let firstColumn: Int
    let rows: Int
    /// The label horizon H in days.
    let horizon: Double
    /// Per snapshot: the population's prior of the active-day rate (`ActivityRatePrior`).
    let priors: [ActivityRatePrior]

    /// `asOf`: the snapshots' dates in the cells' order; `horizon`: H in days.
    init(features: ActivityFeatures, cells: ActivityCells, asOf: [Int32], horizon: Int, firstColumn: Int, rows: Int) {
        self.features = features
        columns = features.columns
        self.cells = cells
        self.firstColumn = firstColumn
        self.rows = rows
        self.horizon = Double(horizon)
        let needed = columns.contains { [.quietLogRatio, .expectedInHorizon, .logShrunkRate].contains($0.kind) }
        priors = asOf.map { t in
            needed ? ActivityRatePrior(repeatsAndExposure: (0..<cells.customerCount).lazy.compactMap { c in
                ActivityRowWriter.history(cells, customer: c, at: t).map { ($0.repeats, $0.exposure) }
            }) : ActivityRatePrior(r: 1, alpha: 1)
        }
    }

    /// What BG/NBD reads of a customer's history at T, within the last 730 days (the days the cells count): from
    /// the window's start w = max(first active day, T − 729), the repeat active days x after w's (all when the first
    /// is older) and the exposure e = T − w. `nil` before the first active day.
    static func history(_ cells: ActivityCells, customer c: Int, at t: Int32)
        -> (repeats: Double, exposure: Double, start: Int32)? {
        let first = cells.firstDay[c]
        guard first != ActivityCells.noFirstDay, first <= t else { return nil }
        let start = max(first, t - 729)
        let days = cells.activeDays(customer: c, through: t, days: 730)
        let repeats = Double(max(days - (first >= t - 729 ? 1 : 0), 0))
        return (repeats, Double(t - start), start)
    }

    /// The first active day of customer `c` (`nil` without activity).
    func firstDay(_ c: Int) -> Int32? {
        let d = cells.firstDay[c]
        return d == ActivityCells.noFirstDay ? nil : d
    }

    /// Whether customer `c` was active in (T_s, T_s+H].
    func activeAfter(snapshot s: Int, customer c: Int) -> Bool {
        cells.cells[(c * cells.snapshotCount + s) * cells.stride + cells.futureSlot] != 0
    }

    /// Writes the activity columns of row `r` (customer `c` at snapshot `s`, dated `t`).
    func write(row r: Int, snapshot s: Int, customer c: Int, at t: Int32,
               into out: UnsafeMutableBufferPointer<Double>) {
        let cell = (c * cells.snapshotCount + s) * cells.stride
        let last = cells.cells[cell + cells.lastDaySlot]
        let cap = Double(ActivityFeatures.recencyCapDays)
        let since = last == ActivityCells.none ? cap : min(Double(Int64(t) - last), cap)
        let days365 = Double(cells.activeDays(customer: c, through: t, days: 365))
        let days730 = Double(cells.activeDays(customer: c, through: t, days: 730))
        let observed = firstDay(c).map { min(Double(t - $0 + 1), 365) } ?? 365
        let gap = observed / max(days365, 1)
        let h = Self.history(cells, customer: c, at: t)
        let prior = priors[s], repeats = h?.repeats ?? 0
        // BG/NBD's terms with the rate's posterior Gamma(r + x, α + e): the log-likelihood ratio of having gone
        // quiet since t_x, and the active days expected in the horizon if still active.
        let shape = prior.r + repeats, scale = prior.alpha + (h?.exposure ?? 0)
        let sinceStart = h.map { last == ActivityCells.none ? 0 : max(Double(last - Int64($0.start)), 0) } ?? 0
        // A channel's columns are adjacent: its three window sums are converted once, for its first column.
        var sums = (channel: -1, s30: 0.0, s90: 0.0, s365: 0.0)
        for (i, column) in columns.enumerated() {
            let v: Double
            switch column.kind {
            case .daysSinceLast: v = since
            case .logDaysSinceLast: v = log1p(since)
            case .activeDays365: v = days365
            case .logOverdue: v = log((1 + since) / (1 + gap))
            case .logActiveDays730: v = log1p(days730)
            case .quietLogRatio: v = shape * log(scale / (prior.alpha + sinceStart))
            case .expectedInHorizon: v = shape * log1p(horizon / scale)
            case .logShrunkRate: v = log(shape / scale)
            case .noRepeat: v = repeats == 0 ? 1 : 0
            case .recencyByRepeats: v = log1p(since) * log1p(repeats)
            case .hasNone: v = firstDay(c).map { $0 > t } ?? true ? 1 : 0
            default:
                let j = column.channel!
                if j != sums.channel { sums = (j, windowSum(cell, j, 0), windowSum(cell, j, 1), windowSum(cell, j, 2)) }
                v = Self.channelValue(column.kind, s30: sums.s30, s90: sums.s90, s365: sums.s365, days365: days365)
            }
            out[(firstColumn + i) * rows + r] = v
        }
    }

    /// Channel `j`'s sum over window `w` (0: 30 days, 1: 90, 2: 365) in the cell starting at `cell`.
    @inline(__always)
    private func windowSum(_ cell: Int, _ j: Int, _ w: Int) -> Double {
        ActivityNumber.double(cells.cells[cell + 3 * j + w])
    }

    /// A per-channel column from the channel's three window sums.
    @inline(__always)
    static func channelValue(_ kind: ActivityFeatures.Kind, s30: Double, s90: Double, s365: Double,
                             days365: Double) -> Double {
        switch kind {
        case .sum30: return s30
        case .sum90: return s90
        case .logRate: return days365 > 0 ? log1p(max(s365, 0) / days365) : 0
        case .perActiveDay: return days365 > 0 ? s365 / days365 : 0
        case .recentVsUsual:
            let recent = s90 / 90, usual = s365 / 365
            return recent + usual > 0 ? (recent - usual) / (recent + usual) : 0
        case .trend:
            let previous = (s90 - s30) / 2
            return s30 + previous > 0 ? (s30 - previous) / (s30 + previous) : 0
        default: preconditionFailure("not a channel column")
        }
    }
}
