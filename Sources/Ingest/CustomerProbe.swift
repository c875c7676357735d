/// The lookup side of a `CustomerIndex` as a value: its tables' addresses copied out, so that a hot loop holding it
/// in a local reads no class property (each of which would cost a dynamic exclusivity check per row).
///
/// Valid while its index lives and is not changed (after `seal()`, an index never changes).
public struct CustomerProbe {
    let numeric: NumericIdTable?
    let slots: UnsafeMutablePointer<CustomerIndex.Slot>?
    let mask: Int
    /// All ids' bytes and where each starts (see `CustomerIndex`), to confirm ids longer than 16 bytes.
    let bytes: UnsafeMutablePointer<UInt8>?
    let offsets: UnsafeMutablePointer<Int>?

    /// The first step of a lookup. Hashed ids: the table slot's content is loaded (the likely cache miss).
    /// Numeric ids: only the slot is worked out (`slot` is then -1 and `direct` the numeric table's slot, or -1),
    /// and `resolve` loads it — in a loop over a batch, those loads are independent and overlap.
    public struct Lookup {
        var w0: UInt64, w1: UInt64
        var slot: Int
        var home: CustomerIndex.Slot
        var direct: Int
    }

    @inline(__always)
    public func startLookup(_ key: UnsafeBufferPointer<UInt8>) -> Lookup {
        if let numeric {
            return Lookup(w0: 0, w1: 0, slot: -1, home: CustomerIndex.Slot(w0: 0, w1: 0, length: 0, index: -1),
                          direct: numeric.slot(key))
        }
        let (w0, w1) = Self.words(key)
        let s = Int(truncatingIfNeeded: Self.hash(key, w0, w1)) & mask
        return Lookup(w0: w0, w1: w1, slot: s, home: slots![s], direct: -1)
    }

    /// The second step: the index of `key` (the key `lookup` was started with), or `nil`.
    @inline(__always)
    public func resolve(_ lookup: Lookup, _ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        if lookup.slot < 0 {
            guard lookup.direct >= 0, let numeric else { return nil }
            let c = numeric.customer(atSlot: lookup.direct)
            return c >= 0 ? c : nil
        }
        let n = Int32(truncatingIfNeeded: key.count)
        var slot = lookup.home
        var s = lookup.slot
        while true {
            if slot.index < 0 { return nil }
            if slot.w0 == lookup.w0 && slot.w1 == lookup.w1 && slot.length == n
                && (key.count <= 16 || Bytes.equal(bytes! + offsets![Int(slot.index)], key.baseAddress!, key.count)) {
                return slot.index
            }
            s = (s + 1) & mask
            slot = slots![s]
        }
    }

    // MARK: - Hashing

    /// The first and last eight bytes (zero-padded below eight; the second word is 0 up to eight bytes).
    @inline(__always)
    static func words(_ key: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        let n = key.count
        guard let p = key.baseAddress, n > 0 else { return (0, 0) }
        let raw = UnsafeRawPointer(p)
        if n >= 8 {
            return (raw.loadUnaligned(as: UInt64.self),
                    n > 8 ? raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) : 0)
        }
        var w: UInt64 = 0
        for i in 0..<n { w |= UInt64(p[i]) << (8 * UInt64(i)) }
        return (w, 0)
    }

    /// A 64-bit hash: of the two words for ids up to 16 bytes, of every byte beyond that.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>, _ w0: UInt64, _ w1: UInt64) -> UInt64 {
        var h = (w0 ^ 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 31) ^ w1) &* 0x94D0_49BB_1331_11EB
        if key.count > 16 {
            let raw = UnsafeRawPointer(key.baseAddress!)
            var i = 8
            while i + 8 <= key.count - 8 {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 29
                i += 8
            }
            if i < key.count - 8 {
                var tail: UInt64 = 0
                for k in i..<(key.count - 8) { tail = tail << 8 | UInt64(key[k]) }
                h = (h ^ tail) &* 0xBF58_476D_1CE4_E5B9
            }
        }
        h ^= h >> 32
        h = h &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }
}
