import Foundation

/// Reads nps_responses.csv on a second thread while customers.csv is loaded on the calling one (loading the
/// customer list is single-threaded and every command starts with it): the records are parsed and checked
/// then, and only their customer ids are looked up once the customer index exists (`responses(customers:)`).
///
/// It handles clean files only. At the first thing that is not plainly valid — a malformed record, a wrong field
/// count, an id with doubled quotes, a bad date or score, an id not in customers.csv — it gives up, and the
/// loader reads the file again with `NPSLoader`, so every error, location and rejected row comes from the same
/// code, in the same order, as without it.
///
/// `@unchecked Sendable`: `parsed` is written only by the reading thread before it signals `done`, and read only
/// after waiting for `done`; the rest is immutable or itself thread-safe.
final class NPSPrereader: @unchecked Sendable {
    /// What a clean file holds, in file order: each response's id bytes (`ids[idEnds[i-1] ..< idEnds[i]]`), day,
    /// score and comment.
    struct Parsed {
        var ids: [UInt8] = []
        var idEnds: [Int] = []
        var days: [Day] = []
        var scores: [Int8] = []
        var comments = NPSComments()
    }

    private let path: String
    private let mapping: ColumnMapping
    private let format: ExportFormat
    private let done = DispatchSemaphore(value: 0)
    private let cancelled = CancellationFlag()
    private var parsed: Parsed?  // written by the thread before `done` is signalled

    init(path: String, mapping: ColumnMapping, format: ExportFormat = .standard) {
        self.path = path
        self.mapping = mapping
        self.format = format
    }

    /// Starts reading on a new thread.
    func start() {
        let thread = Thread { [self] in
            parsed = try? parse()
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Waits for the thread; the responses with their customers resolved through `customers`, and their comments,
    /// or `nil` when the file must be read by `NPSLoader` instead.
    func responses(customers: CustomerIndex) -> ([NPSResponse], NPSComments)? {
        done.wait()
        guard let p = parsed else { return nil }
        var out: [NPSResponse] = []
        out.reserveCapacity(p.days.count)
        var found = true
        p.ids.withUnsafeBufferPointer { bytes in
            customers.probe.lookUp(count: p.days.count, key: { i in
                UnsafeBufferPointer(rebasing: bytes[(i == 0 ? 0 : p.idEnds[i - 1])..<p.idEnds[i]])
            }) { i, c in
                guard let c else { found = false; return false }
                out.append(NPSResponse(customer: c, day: p.days[i], score: p.scores[i]))
                return true
            }
        }
        return found ? (out, p.comments) : nil
    }

    /// Stops the thread early (the customers failed) and waits for it.
    func cancel() {
        cancelled.set()
        done.wait()
    }

    /// The file's responses, or `nil` at the first record that is not plainly valid (or when cancelled); a
    /// file `NPSLoader` refuses as a whole (missing, empty, a bad header) throws.
    private func parse() throws -> Parsed? {
        let (reader, fields, idField, dateField, scoreField) = try NPSLoader.open(path: path, mapping: mapping, format: format)
        let commentField = fields.columns.index["comment"]
        var p = Parsed()
        let estimate = max(0, reader.fileSize() / 24)
        p.ids.reserveCapacity(estimate * 8)
        p.idEnds.reserveCapacity(estimate)
        p.days.reserveCapacity(estimate)
        p.scores.reserveCapacity(estimate)
        while let r = try reader.next() {
            if p.days.count & 0xFFFF == 0 && cancelled.isSet { return nil }
            guard r.count == fields.columns.fieldCount, !r.hasEscapedQuotes(idField) else { return nil }
            let day = try fields.day(r, dateField, "date")
            let score = try fields.score(r, scoreField, "score")
            p.ids.append(contentsOf: r.bytes(idField))
            p.idEnds.append(p.ids.count)
            p.days.append(day)
            p.scores.append(score)
            if let commentField { p.comments.append(field: commentField, of: r) }
        }
        return p
    }
}

/// A flag one thread sets and another reads (a lock keeps it simple; it is read once per 65,536 records).
/// `@unchecked Sendable`: its one variable is only touched under `lock`.
private final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.lock(); value = true; lock.unlock() }

    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
