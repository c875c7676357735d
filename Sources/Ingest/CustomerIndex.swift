#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Customer id → index into `CustomerTable.ids`, looked up from a field's raw bytes without creating a `String`:
/// an open-addressing table (linear probing, load ≤ 1/2) over one contiguous copy of every id's UTF-8.
///
/// Immutable after `init`, so any number of threads may look up at once.
/// - Complexity: O(id length) per lookup on average; memory about 8 bytes per slot plus the id bytes.
public final class CustomerIndex: @unchecked Sendable {
    /// All ids' bytes, back to back; id i is `bytes[offsets[i]..<offsets[i + 1]]`.
    private let bytes: UnsafeMutablePointer<UInt8>
    private let offsets: [Int]
    /// Slot → id index, or -1 when empty.
    private let slots: UnsafeMutablePointer<Int32>
    private let mask: Int
    public let count: Int

    /// Indexes `ids`, which must be distinct.
    public init(_ ids: [String]) {
        precondition(ids.count < Int(Int32.max), "too many customers")
        count = ids.count
        var offsets = [0]
        offsets.reserveCapacity(ids.count + 1)
        for id in ids { offsets.append(offsets[offsets.count - 1] + id.utf8.count) }
        let arena = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, offsets[offsets.count - 1]))
        for (i, id) in ids.enumerated() {
            var s = id
            s.withUTF8 { if $0.count > 0 { (arena + offsets[i]).update(from: $0.baseAddress!, count: $0.count) } }
        }
        bytes = arena
        self.offsets = offsets
        var size = 16
        while size < ids.count * 2 { size *= 2 }
        mask = size - 1
        slots = .allocate(capacity: size)
        slots.initialize(repeating: -1, count: size)
        for i in 0..<ids.count {
            let key = UnsafeBufferPointer(start: bytes + offsets[i], count: offsets[i + 1] - offsets[i])
            var s = Int(truncatingIfNeeded: Self.hash(key)) & mask
            while slots[s] >= 0 {
                precondition(!equal(Int(slots[s]), key), "duplicate customer id \(ids[i])")
                s = (s + 1) & mask
            }
            slots[s] = Int32(i)
        }
    }

    deinit {
        bytes.deallocate()
        slots.deallocate()
    }

    /// The index of the id whose UTF-8 is `key`, or `nil`.
    @inline(__always)
    public func index(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        var s = Int(truncatingIfNeeded: Self.hash(key)) & mask
        while true {
            let i = slots[s]
            if i < 0 { return nil }
            if equal(Int(i), key) { return i }
            s = (s + 1) & mask
        }
    }

    /// The index of `id`, or `nil`.
    public func index(of id: String) -> Int32? {
        var s = id
        return s.withUTF8 { index(of: $0) }
    }

    @inline(__always)
    private func equal(_ i: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[i]
        guard offsets[i + 1] - start == key.count else { return false }
        return key.count == 0 || memcmp(bytes + start, key.baseAddress!, key.count) == 0
    }

    /// A 64-bit hash of the bytes, eight at a time (multiply-xorshift mixing).
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        guard let p = key.baseAddress else { return h }
        let raw = UnsafeRawPointer(p)
        var i = 0
        while i + 8 <= key.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        if i < key.count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < key.count { tail |= UInt64(p[i]) << shift; shift += 8; i += 1 }
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 32
        h = h &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }
}
