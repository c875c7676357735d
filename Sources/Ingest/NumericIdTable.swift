/// A direct table for customer ids that are a common prefix followed by a decimal number (`C0000123`, `cust-42`,
/// `1001`), the usual shape of exported ids: number → customer index in 4 bytes per possible number, small enough to
/// stay in cache where a hash table of a million ids does not. `CustomerIndex` fills one while ids fit and falls back
/// to hashing when one does not.
///
/// Each number must have one spelling: either every id has the same number of digits (zero-padded), or no id has
/// a leading zero. Up to 9 digits.
struct NumericIdTable {
    enum Insertion { case inserted, existing(Int32), unfit }

    private(set) var prefix: [UInt8] = []
    /// The digit count shared by every id so far, or 0 once counts differ.
    private var fixedDigits = -1
    private var anyLeadingZero = false
    private var base = 0
    private(set) var size = 0
    private var table: UnsafeMutablePointer<Int32>?
    private(set) var count = 0

    /// The largest table built while filling (64 MB); a wider spread of numbers falls back to hashing.
    static let maxSize = 1 << 24

    /// True when the table is small enough for the ids it holds (at most 4 slots per id, plus 1024).
    var isCompact: Bool { size <= 4 * count + 1024 }

    func deallocate() { table?.deallocate() }

    /// Adds `key` as customer `index`, reports the customer that already has it, or reports that the key does not
    /// fit (the table is then unusable).
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, index: Int32) -> Insertion {
        if fixedDigits < 0 {
            var p = key.count
            while p > 0 && key[p - 1] &- 0x30 < 10 { p -= 1 }
            prefix = Array(key[0..<p])
            fixedDigits = key.count - p
        }
        guard let (value, digits, leadingZero) = parse(key) else { return .unfit }
        let fixed = digits == fixedDigits ? fixedDigits : 0
        if fixed == 0 && (anyLeadingZero || leadingZero) { return .unfit }
        if table == nil {
            base = value
            size = 64
            table = .allocate(capacity: size)
            table!.initialize(repeating: -1, count: size)
        }
        if value < base || value >= base + size {
            guard grow(toCover: value) else { return .unfit }
        }
        let slot = table! + (value - base)
        if slot.pointee >= 0 { return .existing(slot.pointee) }
        slot.pointee = index
        fixedDigits = fixed
        anyLeadingZero = anyLeadingZero || leadingZero
        count += 1
        return .inserted
    }

    /// The customer whose id is `key`, or -1.
    @inline(__always)
    func customer(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let s = slot(key)
        return s >= 0 ? customer(atSlot: s) : -1
    }

    /// The first step of `customer(_:)`, without touching the table: the slot of `key`, or -1 when no id spelt so
    /// can be in the table. Lets a caller work out a batch of slots and then load them together.
    @inline(__always)
    func slot(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        guard table != nil, let (value, digits, leadingZero) = parse(key) else { return -1 }
        if fixedDigits > 0 ? digits != fixedDigits : leadingZero { return -1 }
        let s = value - base
        return s >= 0 && s < size ? s : -1
    }

    /// The customer in slot `s` (from `slot(_:)`, not -1), or -1 when that slot is free.
    @inline(__always)
    func customer(atSlot s: Int) -> Int32 { table![s] }

    /// The number after the prefix, its digit count and whether it starts with a 0 (of several digits).
    @inline(__always)
    private func parse(_ key: UnsafeBufferPointer<UInt8>) -> (Int, Int, Bool)? {
        let digits = key.count - prefix.count
        guard digits >= 1, digits <= 9, let p = key.baseAddress else { return nil }
        var j = 0
        for c in prefix {
            if p[j] != c { return nil }
            j += 1
        }
        var v = 0
        while j < key.count {
            let d = p[j] &- 0x30
            if d >= 10 { return nil }
            v = v &* 10 &+ Int(d)
            j += 1
        }
        return (v, digits, digits > 1 && p[prefix.count] == 0x30)
    }

    private mutating func grow(toCover value: Int) -> Bool {
        let lo = min(base, value), hi = max(base + size, value + 1)
        var newSize = size
        while newSize < hi - lo { newSize *= 2 }
        guard newSize <= Self.maxSize else { return false }
        // Leave the new room on the side that grew, so ids in ascending or descending order both grow cheaply.
        let newBase = value < base ? hi - newSize : lo
        let bigger = UnsafeMutablePointer<Int32>.allocate(capacity: newSize)
        bigger.initialize(repeating: -1, count: newSize)
        (bigger + (base - newBase)).update(from: table!, count: size)
        table!.deallocate()
        table = bigger
        base = newBase
        size = newSize
        return true
    }
}
