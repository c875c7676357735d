import Dispatch
import Ingest

/// Streams engagement rows, read once in any order, into `EngagementCells`.
///
/// The calling thread (the one reading the export) only filters rows and copies them into batches; with two or
/// more threads the batches are applied on a second thread meanwhile, so that reading and accumulating overlap.
/// Batches are applied one at a time, and the cells do not depend on the order of rows, so the result is the same
/// for any thread count. At most `maxBatchesInFlight` batches are held: memory does not grow with the rows.
final class EngagementAccumulator {
    static let batchSize = 16_384
    static let maxBatchesInFlight = 4

    private var cells: EngagementCells
    private var batch: [EngagementRow] = []
    private var latestSeen = Int32.min
    private let customerCount: Int
    private let lastAsOf: Int32
    private let worker: DispatchQueue?
    private let slots = DispatchSemaphore(value: EngagementAccumulator.maxBatchesInFlight)

    /// `asOf` must be sorted ascending.
    init(asOf: [Day], customerCount: Int, threads: Int) {
        cells = EngagementCells(asOf: asOf, customerCount: customerCount)
        self.customerCount = customerCount
        lastAsOf = cells.lastAsOf
        worker = threads > 1 ? DispatchQueue(label: "churncast.engagement") : nil
        batch.reserveCapacity(Self.batchSize)
    }

    /// Takes one row.
    @inline(__always)
    func add(_ row: EngagementRow) {
        withUnsafePointer(to: row) { add(UnsafeBufferPointer(start: $0, count: 1)) }
    }

    /// Takes a run of rows. The state is moved into locals for the loop: class properties would cost a dynamic
    /// exclusivity check per row.
    func add(_ rows: UnsafeBufferPointer<EngagementRow>) {
        var latest = latestSeen
        let lastAsOf = self.lastAsOf, customerCount = self.customerCount
        var batch = self.batch
        self.batch = []
        for row in rows {
            let d = row.day.index
            if d > latest { latest = d }
            if d > lastAsOf { continue }
            if row.likes == 0 && row.shares == 0 && row.comments == 0 && row.dms == 0 { continue }
            precondition(row.customer >= 0 && Int(row.customer) < customerCount,
                         "engagement row for an unknown customer")
            batch.append(row)
            if batch.count == Self.batchSize {
                dispatch(batch)
                batch = []
                batch.reserveCapacity(Self.batchSize)
            }
        }
        self.batch = batch
        latestSeen = latest
    }

    private func dispatchBatch() {
        let full = batch
        batch = []
        batch.reserveCapacity(Self.batchSize)
        dispatch(full)
    }

    /// Applies `full` on the worker (waiting while `maxBatchesInFlight` are queued), or here without one.
    private func dispatch(_ full: [EngagementRow]) {
        if let worker {
            slots.wait()
            worker.async { [self] in
                full.withUnsafeBufferPointer { cells.apply($0) }
                slots.signal()
            }
        } else {
            full.withUnsafeBufferPointer { cells.apply($0) }
        }
    }

    /// Applies what is left, waits for the worker, and returns the finished cells and the latest date seen in any
    /// row (`nil` without rows).
    func finish() -> (cells: EngagementCells, latestDay: Int32?) {
        dispatchBatch()
        worker?.sync {}
        cells.finish()
        return (cells, latestSeen == Int32.min ? nil : latestSeen)
    }
}
