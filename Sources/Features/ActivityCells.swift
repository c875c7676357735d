import Ingest

/// Per-customer, per-snapshot activity of any channels (SPEC section 2), folded from rows read once in any order:
/// for customer c and as-of date T_s, per channel the sums over (T_s−30, T_s], (T_s−90, T_s] and (T_s−365, T_s];
/// the latest active day in (T_{s−1}, T_s] (made "latest day ≤ T_s" by `finish()`); and whether the customer was
/// active in (T_s, T_s+H] (the inactivity label). Per customer: the first active day and a bitmap of active days
/// from T_0−729 to the last as-of date, from which distinct active days in any window ending at a T are counted.
///
/// A row is activity when any of its values is not zero (or the export has no channels: a row is a visit). Values
/// are fixed-point integers (`ActivityNumber`) and the days a minimum, maximum or set bits, so nothing depends on
/// the order rows come in; sums saturate at Int64's range. Rows of one customer and day add up, and count as one
/// active day.
/// - Complexity: O(snapshots within 365 days) per row; memory 8 × (3 × channels + 2) bytes per customer and
///   snapshot, plus (T_last − T_0 + 730) / 8 bytes per customer.
struct ActivityCells {
    /// For a day: the snapshots whose windows hold it (`lo..<hi30` etc.: T ≥ d and T < d + window) and those whose
    /// label horizon does (`future..<lo`: T < d ≤ T + H).
    struct Windows { var lo: UInt16, hi30: UInt16, hi90: UInt16, hi365: UInt16, future: UInt16 }

    static let none = Int64.min
    static let noFirstDay = Int32.max
    /// Activity older than this before the first as-of date only matters for the first active day (days since the
    /// last activity are capped at `ActivityFeatures.recencyCapDays`).
    static let lookbackDays: Int32 = 730

    let snapshotCount: Int
    let customerCount: Int
    let channelCount: Int
    /// Int64 slots per cell: 3 sums per channel, the latest day, the label flag.
    let stride: Int
    var lastDaySlot: Int { 3 * channelCount }
    var futureSlot: Int { 3 * channelCount + 1 }
    /// Cell (c, s) starts at `(c * snapshotCount + s) * stride`.
    private(set) var cells: [Int64]
    /// Per customer: the first active day, `noFirstDay` without one.
    private(set) var firstDay: [Int32]
    /// Per customer `words` UInt64: bit i set when day `bitmapStart + i` is active.
    private(set) var bitmap: [UInt64]
    let bitmapStart: Int32
    let words: Int
    /// Per channel: whether any value was not a whole number.
    private(set) var amount: [Bool]
    let lastAsOf: Int32
    let tableStart: Int32
    let tableEnd: Int32
    private let table: [Windows]

    /// `asOf` sorted ascending; `horizon` the label horizon H in days.
    init(asOf: [Day], horizon: Int, customerCount: Int, channelCount: Int) {
        precondition(!asOf.isEmpty && asOf.count < Int(UInt16.max), "need 1 to 65534 as-of dates")
        let t = asOf.map(\.index)
        snapshotCount = t.count
        self.customerCount = customerCount
        self.channelCount = channelCount
        stride = 3 * channelCount + 2
        lastAsOf = t[t.count - 1]
        tableStart = t[0] - Self.lookbackDays + 1
        tableEnd = lastAsOf + Int32(horizon)
        bitmapStart = tableStart
        words = Int(lastAsOf - bitmapStart) / 64 + 1
        func first(_ atLeast: Int32) -> UInt16 { UInt16(t.firstIndex { $0 >= atLeast } ?? t.count) }
        table = (tableStart...tableEnd).map { d in
            Windows(lo: first(d), hi30: first(d + 30), hi90: first(d + 90), hi365: first(d + 365),
                    future: first(d - Int32(horizon)))
        }
        let count = customerCount * t.count * stride, stride = self.stride, slot = 3 * channelCount
        cells = [Int64](unsafeUninitializedCapacity: count) { buffer, initialized in
            var i = 0
            while i < count {  // cell by cell: zero sums and flag, no latest day
                for j in 0..<stride { buffer[i + j] = j == slot ? Self.none : 0 }
                i += stride
            }
            initialized = count
        }
        firstDay = [Int32](repeating: Self.noFirstDay, count: customerCount)
        bitmap = [UInt64](repeating: 0, count: customerCount * words)
        amount = [Bool](repeating: false, count: channelCount)
    }

    /// Applies a run of rows (customers known, any dates).
    mutating func apply(_ rows: ActivityRows) {
        let n = snapshotCount, st = stride, k = channelCount, slot = lastDaySlot, future = futureSlot
        let (start, end, last, bStart, words) = (tableStart, tableEnd, lastAsOf, bitmapStart, self.words)
        var nonWhole = [Bool](repeating: false, count: k)
        cells.withUnsafeMutableBufferPointer { p in
        firstDay.withUnsafeMutableBufferPointer { firstDay in
        bitmap.withUnsafeMutableBufferPointer { bits in
        table.withUnsafeBufferPointer { table in
            for i in 0..<rows.count {
                let values = rows.values + i * k
                var active = k == 0
                for j in 0..<k where values[j] != 0 {
                    active = true
                    if !ActivityNumber.isWholeNumber(values[j]) { nonWhole[j] = true }
                }
                guard active else { continue }
                let c = Int(rows.customers[i]), d = rows.days[i]
                if d < firstDay[c] { firstDay[c] = d }
                guard d >= start && d <= end else { continue }
                let w = table[Int(d - start)]
                let base = c * n
                for s in Int(w.future)..<Int(w.lo) { p[(base + s) * st + future] = 1 }
                guard d <= last else { continue }
                if d >= bStart {
                    let bit = Int(d - bStart)
                    bits[c * words + bit >> 6] |= 1 << UInt64(bit & 63)
                }
                let firstCell = (base + Int(w.lo)) * st
                if Int(w.lo) < n && p[firstCell + slot] < Int64(d) { p[firstCell + slot] = Int64(d) }
                for s in Int(w.lo)..<Int(w.hi365) {
                    let cell = (base + s) * st
                    let in90 = s < Int(w.hi90), in30 = s < Int(w.hi30)
                    for j in 0..<k {
                        let v = values[j]
                        Self.add(&p[cell + 3 * j + 2], v)
                        if in90 { Self.add(&p[cell + 3 * j + 1], v) }
                        if in30 { Self.add(&p[cell + 3 * j], v) }
                    }
                }
            }
        }}}}
        for j in 0..<k where nonWhole[j] { amount[j] = true }
    }

    @inline(__always)
    private static func add(_ a: inout Int64, _ b: Int64) {
        let (sum, overflow) = a.addingReportingOverflow(b)
        a = overflow ? (b > 0 ? Int64.max : Int64.min + 1) : sum
    }

    /// Turns "latest day in (T_{s−1}, T_s]" into "latest day ≤ T_s" (a running maximum over snapshots).
    mutating func finish() {
        let (n, st, slot, customers) = (snapshotCount, stride, lastDaySlot, customerCount)
        cells.withUnsafeMutableBufferPointer { p in
            LatestDayCells.runningMaximum(p, customers: customers, snapshots: n, stride: st, slot: slot)
        }
    }

    /// Distinct active days of customer `c` in `(t − days, t]` (`t` an as-of date, `days` ≤ 730).
    func activeDays(customer c: Int, through t: Int32, days: Int32) -> Int {
        let lo = Int(max(t - days + 1, bitmapStart) - bitmapStart), hi = Int(t - bitmapStart)  // bits lo...hi
        guard hi >= lo else { return 0 }
        var count = 0
        bitmap.withUnsafeBufferPointer { bits in
            let row = c * words
            var w = lo >> 6
            while w <= hi >> 6 {
                var word = bits[row + w]
                if w == lo >> 6 { word &= UInt64.max << UInt64(lo & 63) }
                if w == hi >> 6 && hi & 63 != 63 { word &= (UInt64(1) << UInt64(hi & 63 + 1)) - 1 }
                count += word.nonzeroBitCount
                w += 1
            }
        }
        return count
    }
}
