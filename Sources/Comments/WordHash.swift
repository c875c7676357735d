/// 64-bit FNV-1a, the hash words and phrases are looked up by.
enum WordHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always) static func add(_ byte: UInt8, to h: UInt64) -> UInt64 { (h ^ UInt64(byte)) &* prime }

    static func of(_ word: String) -> UInt64 { word.utf8.reduce(offset) { add($1, to: $0) } }
}
