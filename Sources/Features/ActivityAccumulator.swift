import Dispatch
import Ingest

/// Streams activity rows of any channels, read once in any order, into `ActivityCells`: the reading thread copies
/// each run, and with two or more threads a second thread applies the runs meanwhile (one at a time, so the cells
/// are the same for any thread count). At most `maxRunsInFlight` runs are held.
final class ActivityAccumulator {
    static let maxRunsInFlight = 8

    private var cells: ActivityCells
    private var latestSeen = Int32.min
    private let customerCount: Int
    private let worker: DispatchQueue?
    private let slots = DispatchSemaphore(value: ActivityAccumulator.maxRunsInFlight)

    /// `asOf` sorted ascending.
    init(asOf: [Day], horizon: Int, customerCount: Int, channelCount: Int, threads: Int) {
        cells = ActivityCells(asOf: asOf, horizon: horizon, customerCount: customerCount, channelCount: channelCount)
        self.customerCount = customerCount
        worker = threads > 1 ? DispatchQueue(label: "churncast.activity") : nil
    }

    /// Takes a run of rows (`select`: which of the source's channels, in the cells' order).
    func add(_ rows: ActivityRows, select: [Int]) {
        let k = select.count, n = rows.count
        var latest = latestSeen
        var customers = [Int32](repeating: 0, count: n), days = [Int32](repeating: 0, count: n)
        var values = [Int64](repeating: 0, count: n * k)
        let identity = select.count == rows.channelCount && select.indices.allSatisfy { select[$0] == $0 }
        for i in 0..<n {
            let c = rows.customers[i]
            precondition(c >= 0 && Int(c) < customerCount, "activity row for an unknown customer")
            customers[i] = c
            days[i] = rows.days[i]
            if days[i] > latest { latest = days[i] }
            let from = rows.values + i * rows.channelCount
            if identity {
                for j in 0..<k { values[i * k + j] = from[j] }
            } else {
                for j in 0..<k { values[i * k + j] = from[select[j]] }
            }
        }
        latestSeen = latest
        let apply = { [self, customers, days, values] in
            customers.withUnsafeBufferPointer { c in days.withUnsafeBufferPointer { d in
                values.withUnsafeBufferPointer { v in
                    let vb = v.baseAddress ?? UnsafePointer(bitPattern: 8)!
                    cells.apply(ActivityRows(count: n, channelCount: k, customers: c.baseAddress!,
                                             days: d.baseAddress!, values: vb))
                }
            }}
        }
        guard n > 0 else { return }
        if let worker {
            slots.wait()
            worker.async { apply(); self.slots.signal() }
        } else {
            apply()
        }
    }

    /// Waits for the worker and returns the finished cells and the latest date of any row (`nil` without rows).
    func finish() -> (cells: ActivityCells, latestDay: Int32?) {
        worker?.sync {}
        cells.finish()
        return (cells, latestSeen == Int32.min ? nil : latestSeen)
    }
}
