/// Customer id → index into `CustomerTable.ids`, looked up from a field's raw bytes without creating a `String`.
///
/// Two ways to look up, chosen while the ids are added:
/// - ids that are a common prefix and a number (`C0000123`, the usual export shape) go into a `NumericIdTable`:
///   4 bytes per id, which stays in cache;
/// - any other ids go into an open-addressing hash table (linear probing, load ≤ 1/2) whose 24-byte slots hold the
///   id's length and its first and last eight bytes — for ids of up to 16 bytes the whole id, so a lookup touches
///   one slot. Longer ids are confirmed against a contiguous copy of every id.
/// A large table costs a cache miss per lookup; `startLookup`/`resolve` let a caller start a batch of lookups before
/// finishing any, so the misses overlap (figures in Benchmarks/RESULTS.md).
///
/// Immutable after `seal()` (done by `init(_:)`), so any number of threads may then look up at once (hence
/// `@unchecked Sendable`; it is filled on one thread before it is shared).
/// - Complexity: O(id length) per lookup and (amortised) per insertion.
public final class CustomerIndex: @unchecked Sendable {
    struct Slot {
        var w0: UInt64
        var w1: UInt64
        var length: Int32
        /// -1 when empty.
        var index: Int32
    }

    /// All ids' bytes, back to back; id i is `bytes[offsets[i]..<offsets[i + 1]]`.
    private var bytes: UnsafeMutablePointer<UInt8>
    private var bytesCapacity: Int
    private var offsets: UnsafeMutablePointer<Int>
    private var offsetsCapacity: Int
    /// The numeric table while every id fits it; `nil` once hashing took over.
    private var numeric: NumericIdTable? = NumericIdTable()
    private var slots: UnsafeMutablePointer<Slot>?
    private var mask = 0
    /// The lookup tables as a value, made once by `seal()` (building them per insertion cost 5% of loading).
    private var sealedProbe: CustomerProbe?

    /// The lookup tables as a value (see `CustomerProbe`): the sealed one, or made now while ids are added.
    var probe: CustomerProbe { sealedProbe ?? makeProbe() }
    public private(set) var count = 0

    /// Indexes `ids`, which must be distinct.
    public convenience init(_ ids: [String]) {
        self.init(capacity: ids.count)
        for var id in ids {
            let existing = id.withUTF8 { insert($0) }
            precondition(existing == nil, "duplicate customer id \(id)")
        }
        seal()
    }

    /// An empty index to fill with `insert` (which grows it) and then `seal()`.
    init(capacity: Int) {
        offsetsCapacity = max(16, capacity + 1)
        offsets = .allocate(capacity: offsetsCapacity)
        offsets[0] = 0
        bytesCapacity = max(64, capacity * 8)
        bytes = .allocate(capacity: bytesCapacity)
    }

    deinit {
        bytes.deallocate()
        offsets.deallocate()
        slots?.deallocate()
        numeric?.deallocate()
    }

    /// Adds `key` as id number `count`, or returns the index it already has (and adds nothing).
    func insert(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        precondition(count < Int(Int32.max) - 1, "too many customers")
        let index = Int32(count)
        if numeric != nil {
            switch numeric!.insert(key, index: index) {
            case .existing(let i): return i
            case .inserted: append(key); return nil
            case .unfit: switchToHashing()
            }
        }
        if let existing = hashedIndex(of: key) { return existing }
        append(key)
        if count * 2 > mask + 1 { rehash(size: (mask + 1) * 2) } else { place(id: count - 1) }
        return nil
    }

    /// Ends insertion: keeps the numeric table only if it is compact for the ids it holds.
    func seal() {
        if let numeric, !numeric.isCompact { switchToHashing() }
        sealedProbe = makeProbe()
    }

    // MARK: - Lookup

    /// The index of the id whose UTF-8 is `key`, or `nil`.
    @inline(__always)
    public func index(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        resolve(startLookup(key), key)
    }

    /// The index of `id`, or `nil`.
    public func index(of id: String) -> Int32? {
        var s = id
        return s.withUTF8 { index(of: $0) }
    }

    /// The first step of a lookup: the table slot's content is loaded (the likely cache miss).
    public typealias Lookup = CustomerProbe.Lookup

    @inline(__always)
    public func startLookup(_ key: UnsafeBufferPointer<UInt8>) -> Lookup { probe.startLookup(key) }

    /// The second step: the index of `key` (the key `lookup` was started with), or `nil`.
    @inline(__always)
    public func resolve(_ lookup: Lookup, _ key: UnsafeBufferPointer<UInt8>) -> Int32? { probe.resolve(lookup, key) }

    // MARK: - Building

    private func hashedIndex(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard slots != nil else { return nil }
        let probe = makeProbe()
        return probe.resolve(probe.startLookup(key), key)
    }

    private func makeProbe() -> CustomerProbe {
        CustomerProbe(numeric: numeric, slots: slots, mask: mask, bytes: bytes, offsets: offsets)
    }

    private func key(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes + offsets[i], count: offsets[i + 1] - offsets[i])
    }

    /// Copies `key` into the id bytes as id number `count`.
    private func append(_ key: UnsafeBufferPointer<UInt8>) {
        if count + 2 > offsetsCapacity {
            let bigger = UnsafeMutablePointer<Int>.allocate(capacity: offsetsCapacity * 2)
            bigger.update(from: offsets, count: count + 1)
            offsets.deallocate()
            offsets = bigger
            offsetsCapacity *= 2
        }
        let start = offsets[count]
        if start + key.count > bytesCapacity {
            let capacity = max(bytesCapacity * 2, start + key.count)
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            bigger.update(from: bytes, count: start)
            bytes.deallocate()
            bytes = bigger
            bytesCapacity = capacity
        }
        if key.count > 0 { (bytes + start).update(from: key.baseAddress!, count: key.count) }
        offsets[count + 1] = start + key.count
        count += 1
    }

    private func switchToHashing() {
        numeric?.deallocate()
        numeric = nil
        var size = 16
        while size < count * 2 + 2 { size *= 2 }
        rehash(size: size)
    }

    private func rehash(size: Int) {
        slots?.deallocate()
        slots = .allocate(capacity: size)
        slots!.initialize(repeating: Slot(w0: 0, w1: 0, length: 0, index: -1), count: size)
        mask = size - 1
        for i in 0..<count { place(id: i) }
    }

    private func place(id i: Int) {
        let k = key(i)
        let (w0, w1) = CustomerProbe.words(k)
        var s = Int(truncatingIfNeeded: CustomerProbe.hash(k, w0, w1)) & mask
        while slots![s].index >= 0 { s = (s + 1) & mask }
        slots![s] = Slot(w0: w0, w1: w1, length: Int32(k.count), index: Int32(i))
    }
}
