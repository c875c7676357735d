/// The fast path of `EngagementFile.scan`: parses a run of plain engagement records — one line each, no quote, the
/// header's number of fields, every value well-formed and every id known — straight from the read buffer in one
/// pass, with no record or field-offset arrays and no per-field calls; the state lives in locals.
///
/// It accepts only what the general path (`CSVReader` + `EngagementRowParser`) would read to the same row: digits
/// only for counts (at most 9, so they fit in Int32), dates as `Day.parse` reads them, ids looked up as they are
/// written. It stops at the first line that is anything else — a quote, a control byte, a blank line, a wrong
/// field count, a value to reject, an unknown id, a line the buffer does not hold whole — and leaves that line to the
/// general path, which reports or rejects it exactly as before.
///
/// - Complexity: O(bytes) per call, one pass; lookups of a block are started before any is resolved (as in
///   `EngagementFile.scan`), so their cache misses overlap.
struct PlainEngagementLines {
    /// What a field of the record holds.
    enum Role: UInt8 { case other, id, date, likes, shares, comments, dms }

    /// The role of each field, in field order.
    let roles: [Role]
    let probe: CustomerProbe

    /// `nil` when the columns cannot take the fast path (a field given two roles by the column mapping).
    init?(columns: ResolvedColumns, customers: CustomerIndex) {
        var roles = [Role](repeating: .other, count: columns.fieldCount)
        let named: [(String, Role)] = [("customer_id", .id), ("date", .date), ("likes", .likes), ("shares", .shares),
                                       ("comments", .comments), ("dms", .dms)]
        for (name, role) in named {
            let j = columns[name]
            guard roles[j] == .other else { return nil }
            roles[j] = role
        }
        self.roles = roles
        probe = customers.probe
    }

    private static let comma: UInt8 = 0x2C, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D

    /// Parses plain records from the start of `bytes` into `rows` (at most `capacity`), none starting at or after
    /// `limit`; returns how many and the bytes they take (line ends included).
    func parse(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int, into rows: UnsafeMutablePointer<EngagementRow>,
               capacity: Int) -> (records: Int, bytes: Int) {
        guard let b = bytes.baseAddress else { return (0, 0) }
        let end = bytes.count
        let probe = self.probe
        return roles.withUnsafeBufferPointer { roles in
            withUnsafeTemporaryAllocation(of: Pending.self, capacity: capacity) { pending in
                var n = 0
                var p = 0
                lines: while n < capacity && p < limit {
                    let lineStart = p
                    var id = 0..<0
                    var day: Int32 = 0, likes: Int32 = 0, shares: Int32 = 0, comments: Int32 = 0, dms: Int32 = 0
                    for k in 0..<roles.count {
                        let role = roles[k]
                        if role.rawValue >= Role.likes.rawValue {
                            // A count: 1–9 digits.
                            var v: Int32 = 0
                            let first = p
                            while p < end {
                                let d = b[p] &- 0x30
                                if d >= 10 { break }
                                v = v &* 10 &+ Int32(d)
                                p += 1
                            }
                            if p == first || p - first > 9 { p = lineStart; break lines }
                            switch role {
                            case .likes: likes = v
                            case .shares: shares = v
                            case .comments: comments = v
                            default: dms = v
                            }
                        } else if role == .date, p + 10 < end, b[p + 10] == Self.comma || b[p + 10] == Self.lf
                                    || b[p + 10] == Self.cr, let d = Self.isoDay(b + p) {
                            // The usual date: `YYYY-MM-DD` and its delimiter.
                            day = d
                            p += 10
                        } else {
                            // Any other field: up to its delimiter, stopping at a quote or control byte.
                            let first = p
                            p = Self.plainEnd(b, p, end)
                            if role == .date {
                                guard let d = Self.day(b + first, p - first) else { p = lineStart; break lines }
                                day = d
                            } else if role == .id {
                                id = first..<p
                            }
                        }
                        // The delimiter: a comma, or the line end after the last field.
                        guard p < end else { p = lineStart; break lines }
                        let c = b[p]
                        if k + 1 < roles.count {
                            guard c == Self.comma else { p = lineStart; break lines }
                            p += 1
                        } else if c == Self.lf {
                            p += 1
                        } else if c == Self.cr && p + 1 < end && b[p + 1] == Self.lf {
                            p += 2
                        } else {
                            p = lineStart; break lines
                        }
                    }
                    let key = UnsafeBufferPointer(start: b + id.lowerBound, count: id.count)
                    pending[n] = Pending(lookup: probe.startLookup(key), id: id, lineStart: lineStart)
                    rows[n] = EngagementRow(customer: -1, day: Day(index: day), likes: likes, shares: shares,
                                            comments: comments, dms: dms)
                    n += 1
                }
                // Resolve the ids; an unknown one ends the run at its line.
                for i in 0..<n {
                    let id = pending[i].id
                    let key = UnsafeBufferPointer(start: b + id.lowerBound, count: id.count)
                    guard let c = probe.resolve(pending[i].lookup, key) else { return (i, pending[i].lineStart) }
                    rows[i].customer = c
                }
                return (n, p)
            }
        }
    }

    /// A record whose id is being looked up.
    private struct Pending {
        var lookup: CustomerProbe.Lookup
        var id: Range<Int>
        var lineStart: Int
    }

    /// The day of a date field, or `nil` when `Day.parse` would not give one.
    @inline(__always)
    private static func day(_ f: UnsafePointer<UInt8>, _ n: Int) -> Int32? {
        if n == 10, let d = isoDay(f) { return d }
        if case .day(let d) = Day.parse(bytes: UnsafeBufferPointer(start: f, count: n)) { return d.index }
        return nil
    }

    /// The day of the 10 bytes at `f` when they are a real date `YYYY-MM-DD`, else `nil` (what `Day.parse` gives
    /// for such a field).
    @inline(__always)
    private static func isoDay(_ f: UnsafePointer<UInt8>) -> Int32? {
        guard f[4] == 0x2D && f[7] == 0x2D else { return nil }
        let y0 = f[0] &- 0x30, y1 = f[1] &- 0x30, y2 = f[2] &- 0x30, y3 = f[3] &- 0x30
        let m0 = f[5] &- 0x30, m1 = f[6] &- 0x30, d0 = f[8] &- 0x30, d1 = f[9] &- 0x30
        guard max(max(max(y0, y1), max(y2, y3)), max(max(m0, m1), max(d0, d1))) < 10 else { return nil }
        let year = Int(y0) * 1000 + Int(y1) * 100 + Int(y2) * 10 + Int(y3)
        return Day.civilIndex(year: year, month: Int(m0) * 10 + Int(m1), day: Int(d0) * 10 + Int(d1))
    }

    /// The first offset from `p` on that holds a comma, a quote or a control byte (or `end`): where a field that
    /// the general parser reads as written ends. Eight bytes at a time while none is below 0x2D (the lowest set
    /// bit of `(w − 0x2D…) & ~w & 0x80…` marks the first byte below 0x2D, exactly: no borrow reaches it).
    @inline(__always)
    private static func plainEnd(_ b: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var p = start
        while p + 8 <= end {
            let w = UnsafeRawPointer(b + p).loadUnaligned(as: UInt64.self)
            let below = (w &- 0x2D2D_2D2D_2D2D_2D2D) & ~w & 0x8080_8080_8080_8080
            if below != 0 { p += below.trailingZeroBitCount >> 3; break }
            p += 8
        }
        while p < end {
            let c = b[p]
            if c >= 0x2D || (c != Self.comma && c >= 0x20 && c != 0x22) { p += 1 } else { break }
        }
        return p
    }
}
