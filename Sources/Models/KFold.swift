import Support

/// Deterministic K-fold splits for every cross-validation in ChurnCast.
///
/// By rows: rows are shuffled by a seeded SplitMix64 generator and dealt round-robin into `k` folds; stratified
/// splits deal each class in turn, so every fold holds each class in nearly the proportion of the whole. The same
/// `count`, `k`, `seed` (and strata) always give the same folds.
/// By groups: every row of a group falls in one fold, the fold of group g being a fixed multiplicative
/// (Fibonacci) hash of g, `⌊(g · 0x9E3779B97F4A7C15 mod 2⁶⁴) / 2³²⌋ mod k`, so one customer's snapshots never
/// sit on both sides and the folds do not depend on the row order or the seed.
public struct KFold: Sendable, Equatable {
    public let k: Int
    public let seed: UInt64

    public init(k: Int, seed: UInt64 = 20_240_601) {
        precondition(k >= 2, "K-fold needs k ≥ 2")
        self.k = k
        self.seed = seed
    }

    /// The test rows of each fold (sorted), for rows `0..<count`; `strata[i]` is row i's class when stratifying.
    public func testFolds(count: Int, strata: [Int]? = nil) -> [[Int]] {
        precondition(count >= k, "K-fold needs at least k rows")
        precondition(strata == nil || strata!.count == count, "one stratum per row")
        var generator = SplitMix64(seed: seed)
        var order = Array(0..<count)
        for i in stride(from: count - 1, to: 0, by: -1) {
            let j = Int(generator.next() % UInt64(i + 1))
            order.swapAt(i, j)
        }
        if let strata {
            // Stable grouping by class, keeping the shuffled order within each class.
            let classes = Set(strata).sorted()
            order = classes.flatMap { c in order.filter { strata[$0] == c } }
        }
        var folds = [[Int]](repeating: [], count: k)
        for (position, row) in order.enumerated() { folds[position % k].append(row) }
        return folds.map { $0.sorted() }
    }

    /// The test rows of each fold (sorted) when row i belongs to group `groups[i]` (≥ 0): a group's rows share
    /// its hashed fold (see the type's comment). A fold may be empty when there are few groups.
    public func testFolds(groups: [Int32]) -> [[Int]] {
        var folds = [[Int]](repeating: [], count: k)
        for (row, group) in groups.enumerated() { folds[fold(ofGroup: group)].append(row) }
        return folds
    }

    /// The fold of group `group`: the high 32 bits of its Fibonacci hash, modulo k.
    public func fold(ofGroup group: Int32) -> Int {
        Int((UInt64(bitPattern: Int64(group)) &* 0x9E37_79B9_7F4A_7C15) >> 32) % k
    }

    /// The training rows of fold `fold`: every row not in its test set.
    public static func trainingRows(count: Int, test: [Int]) -> [Int] {
        var inTest = [Bool](repeating: false, count: count)
        for i in test { inTest[i] = true }
        return (0..<count).filter { !inTest[$0] }
    }
}
