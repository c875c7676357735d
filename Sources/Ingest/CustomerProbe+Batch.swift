/// Looking up many ids at once, the way every reader of ids does it: the table loads of a block are all started
/// before any is resolved, so that their cache misses overlap (ids come in date order, so consecutive ids belong to
/// random customers and each load is a likely miss; figures in Benchmarks/RESULTS.md).
extension CustomerProbe {
    /// Ids resolved per block: enough loads in flight, few enough to keep their state on the stack.
    static let lookupBlock = 256

    /// Looks up the ids `key(0..<count)` (`nil`: no id to look up, which is not found) and hands each result to
    /// `found` in order (`nil`: not in the index); `found` returns false to stop.
    @inline(__always)
    func lookUp(count: Int, key: (Int) -> UnsafeBufferPointer<UInt8>?, _ found: (Int, Int32?) -> Bool) {
        var first = 0
        while first < count {
            let n = min(Self.lookupBlock, count - first)
            let goOn = numeric != nil ? lookUpNumeric(first, n, key, found) : lookUpHashed(first, n, key, found)
            guard goOn else { return }
            first += n
        }
    }

    /// The customer indices of field `field` of each record (-1 where the record has no such field, the id has
    /// doubled quotes or is not known — for the caller to look up again through `FieldParser.customer`, which
    /// reports it).
    @inline(__always)
    func lookUp(_ records: [CSVRecord], field: Int, into known: inout [Int32]) {
        known.removeAll(keepingCapacity: true)
        lookUp(count: records.count, key: { k in
            let r = records[k]
            return r.count > field && !r.hasEscapedQuotes(field) ? r.bytes(field) : nil
        }) { _, c in known.append(c ?? -1); return true }
    }

    /// Numeric ids: the slots of the block are worked out first, then the table is read at each.
    @inline(__always)
    private func lookUpNumeric(_ first: Int, _ n: Int, _ key: (Int) -> UnsafeBufferPointer<UInt8>?,
                               _ found: (Int, Int32?) -> Bool) -> Bool {
        let numeric = numeric!
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { slots in
            for i in 0..<n { slots[i] = key(first + i).map { numeric.slot($0) } ?? -1 }
            for i in 0..<n {
                let s = slots[i]
                let c = s >= 0 ? numeric.customer(atSlot: s) : -1
                guard found(first + i, c >= 0 ? c : nil) else { return false }
            }
            return true
        }
    }

    /// Hashed ids: every home slot of the block is loaded first (`startLookup`), then each is resolved.
    @inline(__always)
    private func lookUpHashed(_ first: Int, _ n: Int, _ key: (Int) -> UnsafeBufferPointer<UInt8>?,
                              _ found: (Int, Int32?) -> Bool) -> Bool {
        withUnsafeTemporaryAllocation(of: Lookup.self, capacity: n) { lookups in
            for i in 0..<n {
                if let k = key(first + i) { lookups.initializeElement(at: i, to: startLookup(k)) }
            }
            for i in 0..<n {
                let c = key(first + i).flatMap { resolve(lookups[i], $0) }
                guard found(first + i, c) else { return false }
            }
            return true
        }
    }
}
