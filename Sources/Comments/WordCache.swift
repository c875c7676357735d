/// What the lexicons said about each word a scanner met, by the word's `WordHash`: an open-addressing table
/// rather than a `Dictionary`, because the key is already a well-mixed 64-bit hash and hashing it again with
/// `Hasher` for every word of every comment was a measurable share of the analysis.
struct WordCache {
    private var keys: [UInt64]
    /// Per slot: 0 when empty, else 1 + the index of its value.
    private var slots: [Int32]
    private var values: [TokenInfo] = []
    private var mask: Int

    init(capacity: Int = 1 << 12) {
        let size = max(16, capacity).nextPowerOfTwo
        keys = [UInt64](repeating: 0, count: size)
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { values.count }

    /// The info stored for `hash`, if any.
    @inline(__always)
    subscript(hash: UInt64) -> TokenInfo? {
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let s = slots[i]
            if s == 0 { return nil }
            if keys[i] == hash { return values[Int(s) - 1] }
            i = (i + 1) & mask
        }
    }

    /// Stores `info` for `hash`, which must not be stored yet.
    mutating func insert(_ info: TokenInfo, for hash: UInt64) {
        if (values.count + 1) * 2 > slots.count { grow() }
        values.append(info)
        place(hash, Int32(values.count))
    }

    private mutating func place(_ hash: UInt64, _ slot: Int32) {
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        keys[i] = hash
        slots[i] = slot
    }

    private mutating func grow() {
        let (oldKeys, oldSlots) = (keys, slots)
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        slots = [Int32](repeating: 0, count: oldSlots.count * 2)
        mask = keys.count - 1
        for i in oldSlots.indices where oldSlots[i] != 0 { place(oldKeys[i], oldSlots[i]) }
    }
}

private extension Int {
    var nextPowerOfTwo: Int { self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount) }
}
