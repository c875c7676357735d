/// The fast path of `ActivityFile.forEachBatch`, as `PlainEngagementLines` is of the engagement export: parses a
/// run of plain records (one line each, no quote, the header's number of fields, every value a number or
/// missing-value token, every id known) straight from the read buffer. It stops at the first line that is anything
/// else and leaves it to the general path, which reports or rejects it exactly as before.
struct PlainActivityLines {
    /// Per field: `id`, `date`, a channel index (≥ 0), or `other`.
    static let id = -2, date = -3, other = -1
    let roles: [Int]
    let channelCount: Int
    let probe: CustomerProbe
    let tokens: MissingTokens
    let monthStarts: [Int32]

    init(columns: ActivityColumns, customers: CustomerIndex, format: ExportFormat) {
        var roles = [Int](repeating: Self.other, count: columns.fieldCount)
        roles[columns.idField] = Self.id
        roles[columns.dateField] = Self.date
        for (k, (field, _)) in columns.channels.enumerated() where roles[field] == Self.other { roles[field] = k }
        self.roles = roles
        channelCount = columns.channels.count
        probe = customers.probe
        tokens = MissingTokens(format.naValues)
        monthStarts = PlainEngagementLines.monthStartTable()
    }

    /// Parses plain records from the start of `bytes` (none starting at or after `limit`) into the rows from
    /// `first` on (at most `capacity` in all); returns how many and the bytes they take.
    func parse(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int, ids: UnsafeMutablePointer<Int32>,
               days: UnsafeMutablePointer<Int32>, values: UnsafeMutablePointer<Int64>, capacity: Int)
        -> (records: Int, bytes: Int) {
        guard let b = bytes.baseAddress, capacity > 0 else { return (0, 0) }
        let end = bytes.count, k = channelCount
        return withUnsafeTemporaryAllocation(of: (id: Range<Int>, lineStart: Int, lineEnd: Int).self,
                                             capacity: capacity) { pending in
            roles.withUnsafeBufferPointer { roles in monthStarts.withUnsafeBufferPointer { months in
                var n = 0, p = 0
                while n < capacity && p < limit {
                    let lineStart = p
                    var id = 0..<0
                    var ok = true
                    for (j, role) in roles.enumerated() {
                        if j > 0 && !PlainEngagementLines.comma(b, &p, end) { ok = false; break }
                        if role == Self.date {
                            guard let d = PlainEngagementLines.date(b, &p, end, months.baseAddress!) else { ok = false; break }
                            days[n] = d
                            continue
                        }
                        let from = p
                        p = PlainEngagementLines.plainEnd(b, p, end)
                        if role == Self.id { id = from..<p; continue }
                        guard role >= 0 else { continue }
                        let field = UnsafeBufferPointer(start: b + from, count: p - from)
                        switch ActivityNumber.parse(field, mark: 0x2E, missing: tokens) {
                        case .value(let v): values[n * k + role] = v
                        case .missing: values[n * k + role] = 0
                        case .invalid: ok = false
                        }
                        if !ok { break }
                    }
                    guard ok, PlainEngagementLines.lineEnd(b, &p, end) else { p = lineStart; break }
                    pending[n] = (id, lineStart, p)
                    n += 1
                }
                // The ids of the run, looked up a block at a time; an unknown one ends the run at its line.
                var resolved = n
                probe.lookUp(count: n, key: { UnsafeBufferPointer(start: b + pending[$0].id.lowerBound,
                                                                  count: pending[$0].id.count) }) { i, c in
                    guard let c else { resolved = i; return false }
                    ids[i] = c
                    return true
                }
                return (resolved, resolved == 0 ? 0 : pending[resolved - 1].lineEnd)
            }}
        }
    }
}
