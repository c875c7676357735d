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
    /// True for the layout of SPEC section 1 (customer_id, date, likes, shares, comments, dms): parsed by
    /// straight-line code instead of a loop over `roles`.
    let canonical: Bool
    let probe: CustomerProbe
    /// For years `firstYear..<firstYear + 256` and months 1–13: the day index of the month's first day (month 13:
    /// January of the next year), so that a date is a table load instead of calendar arithmetic.
    let monthStarts: [Int32]
    static let firstYear = 1900

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
        canonical = roles == named.map(\.1)
        probe = customers.probe
        monthStarts = Self.monthStartTable()
    }

    /// The table of `monthStarts` (shared with `PlainActivityLines`).
    static func monthStartTable() -> [Int32] {
        var starts = [Int32](repeating: 0, count: 256 * 16)
        for y in 0..<256 {
            for m in 1...13 {
                let year = Self.firstYear + y
                starts[y << 4 | m] = m <= 12 ? Day.civilIndex(year: year, month: m, day: 1)!
                                             : Day.civilIndex(year: year + 1, month: 1, day: 1)!
            }
        }
        return starts
    }

    private static let comma: UInt8 = 0x2C, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D

    /// One record's values while its id is looked up.
    private struct Values {
        var id = 0..<0
        var day: Int32 = 0, likes: Int32 = 0, shares: Int32 = 0, comments: Int32 = 0, dms: Int32 = 0
    }

    /// Parses plain records from the start of `bytes` into `rows` (at most `capacity`), none starting at or after
    /// `limit`; returns how many and the bytes they take (line ends included).
    func parse(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int, into rows: UnsafeMutablePointer<EngagementRow>,
               capacity: Int) -> (records: Int, bytes: Int) {
        guard let b = bytes.baseAddress else { return (0, 0) }
        let end = bytes.count
        let probe = self.probe
        let numeric = probe.numeric
        let canonical = self.canonical
        return roles.withUnsafeBufferPointer { roles in
        monthStarts.withUnsafeBufferPointer { months in
            withUnsafeTemporaryAllocation(of: Pending.self, capacity: capacity) { pending in
                let months = months.baseAddress!
                var n = 0
                var p = 0
                while n < capacity && p < limit {
                    let lineStart = p
                    var v = Values()
                    let ok = canonical ? Self.canonicalLine(b, &p, end, months, &v)
                                       : Self.line(b, &p, end, roles, months, &v)
                    guard ok else { p = lineStart; break }
                    let key = UnsafeBufferPointer(start: b + v.id.lowerBound, count: v.id.count)
                    if let numeric {
                        pending[n] = Pending(slot: numeric.slot(key), lookup: nil, id: v.id, lineStart: lineStart)
                    } else {
                        pending[n] = Pending(slot: -1, lookup: probe.startLookup(key), id: v.id, lineStart: lineStart)
                    }
                    rows[n] = EngagementRow(customer: -1, day: Day(index: v.day), likes: v.likes, shares: v.shares,
                                            comments: v.comments, dms: v.dms)
                    n += 1
                }
                // Resolve the ids (the table loads of a run overlap); an unknown one ends the run at its line.
                for i in 0..<n {
                    let c: Int32?
                    if let numeric {
                        let s = pending[i].slot
                        let found = s >= 0 ? numeric.customer(atSlot: s) : -1
                        c = found >= 0 ? found : nil
                    } else {
                        let id = pending[i].id
                        c = probe.resolve(pending[i].lookup!, UnsafeBufferPointer(start: b + id.lowerBound,
                                                                                  count: id.count))
                    }
                    guard let c else { return (i, pending[i].lineStart) }
                    rows[i].customer = c
                }
                return (n, p)
            }
        }
        }
    }

    /// A record whose id is being looked up: its numeric table slot, or a hash table lookup.
    private struct Pending {
        var slot: Int
        var lookup: CustomerProbe.Lookup?
        var id: Range<Int>
        var lineStart: Int
    }

    /// Reads the record at `p` in the layout of SPEC section 1 into `v`, moving `p` past its line end; false when
    /// the record is not plain.
    @inline(__always)
    private static func canonicalLine(_ b: UnsafePointer<UInt8>, _ p: inout Int, _ end: Int,
                                      _ months: UnsafePointer<Int32>, _ v: inout Values) -> Bool {
        let first = p
        p = plainEnd(b, p, end)
        v.id = first..<p
        guard comma(b, &p, end), let day = date(b, &p, end, months), comma(b, &p, end),
              let likes = count(b, &p, end), comma(b, &p, end), let shares = count(b, &p, end), comma(b, &p, end),
              let comments = count(b, &p, end), comma(b, &p, end), let dms = count(b, &p, end),
              lineEnd(b, &p, end) else { return false }
        v.day = day; v.likes = likes; v.shares = shares; v.comments = comments; v.dms = dms
        return true
    }

    /// `canonicalLine` for any layout: the fields in the order of `roles`.
    @inline(__always)
    private static func line(_ b: UnsafePointer<UInt8>, _ p: inout Int, _ end: Int,
                             _ roles: UnsafeBufferPointer<Role>, _ months: UnsafePointer<Int32>,
                             _ v: inout Values) -> Bool {
        for k in 0..<roles.count {
            if k > 0 { guard comma(b, &p, end) else { return false } }
            switch roles[k] {
            case .date:
                guard let d = date(b, &p, end, months) else { return false }
                v.day = d
            case .likes:
                guard let c = count(b, &p, end) else { return false }
                v.likes = c
            case .shares:
                guard let c = count(b, &p, end) else { return false }
                v.shares = c
            case .comments:
                guard let c = count(b, &p, end) else { return false }
                v.comments = c
            case .dms:
                guard let c = count(b, &p, end) else { return false }
                v.dms = c
            case .id:
                let first = p
                p = plainEnd(b, p, end)
                v.id = first..<p
            case .other:
                p = plainEnd(b, p, end)
            }
        }
        return lineEnd(b, &p, end)
    }

    /// Moves past a comma at `p`; false when there is none.
    @inline(__always)
    static func comma(_ b: UnsafePointer<UInt8>, _ p: inout Int, _ end: Int) -> Bool {
        guard p < end && b[p] == comma else { return false }
        p += 1
        return true
    }

    /// Moves past LF or CR LF at `p`; false when there is neither.
    @inline(__always)
    static func lineEnd(_ b: UnsafePointer<UInt8>, _ p: inout Int, _ end: Int) -> Bool {
        guard p < end else { return false }
        if b[p] == lf { p += 1; return true }
        if b[p] == cr && p + 1 < end && b[p + 1] == lf { p += 2; return true }
        return false
    }

    /// A count at `p`: 1–9 digits (so it fits in Int32), `p` moved past them.
    @inline(__always)
    private static func count(_ b: UnsafePointer<UInt8>, _ p: inout Int, _ end: Int) -> Int32? {
        let first = p
        let v = IntegerField.digits(b, &p, end)
        return p == first || p - first > 9 ? nil : Int32(truncatingIfNeeded: v)
    }

    /// The date field at `p` (up to its delimiter), `p` moved past it: `YYYY-MM-DD` in place, anything else as
    /// `Day.parse` reads it.
    @inline(__always)
    static func date(_ b: UnsafePointer<UInt8>, _ p: inout Int, _ end: Int,
                             _ months: UnsafePointer<Int32>) -> Int32? {
        if p + 10 < end, b[p + 10] == comma || b[p + 10] == lf || b[p + 10] == cr, let d = isoDay(b + p, months) {
            p += 10
            return d
        }
        let first = p
        p = plainEnd(b, p, end)
        if case .day(let d) = Day.parse(bytes: UnsafeBufferPointer(start: b + first, count: p - first)) {
            return d.index
        }
        return nil
    }

    /// The day of the 10 bytes at `f` when they are a real date `YYYY-MM-DD`, else `nil` (what `Day.parse` gives
    /// for such a field): `Day.isoFields`, then the month table instead of calendar arithmetic.
    @inline(__always)
    private static func isoDay(_ f: UnsafePointer<UInt8>, _ months: UnsafePointer<Int32>) -> Int32? {
        guard let (year, month, day) = Day.isoFields(f) else { return nil }
        let y = year - firstYear
        guard y >= 0 && y < 256 && month >= 1 && month <= 12 else {
            return Day.civilIndex(year: year, month: month, day: day)
        }
        let slot = (y << 4) | month
        let start = months[slot], length = Int(months[slot + 1] - start)
        return day >= 1 && day <= length ? start + Int32(day - 1) : nil
    }

    /// The first offset from `p` on that holds a comma, a quote or a control byte (or `end`): where a field that
    /// the general parser reads as written ends. Eight bytes at a time while none is below 0x2D (the lowest set
    /// bit of `(w − 0x2D…) & ~w & 0x80…` marks the first byte below 0x2D, exactly: no borrow reaches it).
    @inline(__always)
    static func plainEnd(_ b: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
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
