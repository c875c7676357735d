import Ingest

/// Folds engagement rows, read once in any order, into per-customer, per-snapshot sums: for every customer c and
/// as-of date T_s, the likes, shares, comments and DMs of (T_s−30, T_s] and (T_s−90, T_s], and the latest day with
/// any engagement in (T_{s−1}, T_s] (made "latest day ≤ T_s" by `finish()`).
///
/// Sums are integers and the latest day a maximum, so the result does not depend on row order. Sums saturate at
/// `Int32.max` (counts are non-negative), which also keeps them order-independent.
/// - Complexity: O(1) per row (at most as many snapshots as overlap 90 days); memory 36 bytes × customers × snapshots.
struct EngagementAccumulator {
    /// Int32 slots per (customer, snapshot) cell: 4 sums over 30 days, 4 over 90 days, the latest day.
    static let stride = 9
    static let lastDaySlot = 8
    static let none = Int32.min

    let snapshotCount: Int
    let customerCount: Int
    /// Cell (c, s) starts at `(c * snapshotCount + s) * stride`.
    var cells: [Int32]
    /// The latest date of any row seen (including rows after every as-of date), for label completeness.
    var latestDay: Int32?

    /// For day d in `tableStart...lastAsOf`: the first snapshot with T ≥ d, and the end of the snapshots with
    /// T < d+30 and T < d+90 (exclusive), packed as three UInt16 in a UInt64.
    private let windowTable: [UInt64]
    private let tableStart: Int32
    private let lastAsOf: Int32

    /// `asOf` must be sorted ascending.
    init(asOf: [Day], customerCount: Int) {
        precondition(!asOf.isEmpty && asOf.count < Int(UInt16.max), "need 1 to 65534 as-of dates")
        let t = asOf.map(\.index)
        snapshotCount = t.count
        self.customerCount = customerCount
        tableStart = t[0] - 89
        lastAsOf = t[t.count - 1]
        var table: [UInt64] = []
        table.reserveCapacity(Int(lastAsOf - tableStart) + 1)
        for d in tableStart...lastAsOf {
            let lo = t.firstIndex { $0 >= d } ?? t.count
            let hi30 = t.firstIndex { $0 >= d + 30 } ?? t.count
            let hi90 = t.firstIndex { $0 >= d + 90 } ?? t.count
            table.append(UInt64(lo) | UInt64(hi30) << 16 | UInt64(hi90) << 32)
        }
        windowTable = table
        var cells = [Int32](repeating: 0, count: customerCount * t.count * Self.stride)
        for i in Swift.stride(from: Self.lastDaySlot, to: cells.count, by: Self.stride) { cells[i] = Self.none }
        self.cells = cells
    }

    /// Adds one row.
    @inline(__always)
    mutating func add(_ row: EngagementRow) {
        let d = row.day.index
        if latestDay.map({ d > $0 }) ?? true { latestDay = d }
        if d > lastAsOf { return }
        if row.likes == 0 && row.shares == 0 && row.comments == 0 && row.dms == 0 { return }
        precondition(row.customer >= 0 && Int(row.customer) < customerCount, "engagement row for an unknown customer")
        let lo: Int, hi30: Int, hi90: Int
        if d < tableStart {
            (lo, hi30, hi90) = (0, 0, 0)
        } else {
            let w = windowTable[Int(d - tableStart)]
            lo = Int(w & 0xFFFF); hi30 = Int(w >> 16 & 0xFFFF); hi90 = Int(w >> 32 & 0xFFFF)
        }
        let base = Int(row.customer) * snapshotCount
        cells.withUnsafeMutableBufferPointer { p in
            let first = (base + lo) * Self.stride
            if p[first + Self.lastDaySlot] < d { p[first + Self.lastDaySlot] = d }
            var s = lo
            while s < hi90 {
                let cell = (base + s) * Self.stride
                if s < hi30 {
                    Self.add(&p[cell], row.likes); Self.add(&p[cell + 1], row.shares)
                    Self.add(&p[cell + 2], row.comments); Self.add(&p[cell + 3], row.dms)
                }
                Self.add(&p[cell + 4], row.likes); Self.add(&p[cell + 5], row.shares)
                Self.add(&p[cell + 6], row.comments); Self.add(&p[cell + 7], row.dms)
                s += 1
            }
        }
    }

    @inline(__always)
    private static func add(_ a: inout Int32, _ b: Int32) {
        let (sum, overflow) = a.addingReportingOverflow(b)
        a = overflow ? Int32.max : sum
    }

    /// Turns "latest day in (T_{s−1}, T_s]" into "latest day ≤ T_s" (a running maximum over snapshots).
    mutating func finish() {
        let n = snapshotCount, st = Self.stride, slot = Self.lastDaySlot
        cells.withUnsafeMutableBufferPointer { p in
            for c in 0..<customerCount {
                var running = Self.none
                for s in 0..<n {
                    let i = (c * n + s) * st + slot
                    running = max(running, p[i])
                    p[i] = running
                }
            }
        }
    }
}
