/// Reason words worked out once per distinct input: a family's words (`ReasonWriter.words`,
/// `ActivityReasonWriter.familyWords`) depend only on a few values of the row (`ReasonWriter.inputs`) and on
/// medians fixed for the table, so rows with the same values get the same string, shared. Scoring a million rows
/// then formats a few thousand sentences instead of millions. A family whose inputs seldom repeat (a continuous
/// attribute) stops being remembered after a trial, so it costs little more than making its words each time.
/// Not shared between threads: one per thread.
struct ReasonWordCache {
    /// A family (its index in the layout) and the bit patterns of the values that decide its words, unused lanes 0.
    struct Key: Hashable {
        var family: Int
        var values: SIMD8<UInt64>

        /// One multiply-xor mix of the lanes fed to the hasher (cheaper than hashing all 72 bytes).
        func hash(into hasher: inout Hasher) {
            var m = UInt64(truncatingIfNeeded: family)
            for lane in 0..<8 { m = (m ^ values[lane]) &* 0x9E37_79B9_7F4A_7C15; m ^= m >> 29 }
            hasher.combine(m)
        }
    }

    /// The most values a key holds; a family decided by more is not remembered.
    static let maxInputs = 8
    /// After this many lookups of a family, it is no longer remembered if more than half of them missed.
    static let trial = 2048

    private var words: [Key: String?] = [:]
    /// Per family: lookups and misses so far.
    private var lookups: [Int] = []
    private var misses: [Int] = []

    /// Whether family `family` is still worth remembering (its trial not failed).
    mutating func remembers(family: Int) -> Bool {
        if family >= lookups.count {
            lookups += Array(repeating: 0, count: family + 1 - lookups.count)
            misses += Array(repeating: 0, count: family + 1 - misses.count)
        }
        return lookups[family] < Self.trial || misses[family] * 2 <= lookups[family]
    }

    /// The words remembered for `key`, or `make()`'s, then remembered.
    mutating func words(_ key: Key, make: () -> String?) -> String? {
        lookups[key.family] += 1
        if let known = words[key] { return known }
        misses[key.family] += 1
        let made = make()
        words[key] = .some(made)
        return made
    }
}
