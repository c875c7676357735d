import Support
/// Deterministic K-fold splits: rows are shuffled by a seeded SplitMix64 generator and dealt round-robin into
/// `k` folds; stratified splits deal each class in turn, so every fold holds each class in nearly the
/// proportion of the whole. The same `count`, `k`, `seed` (and strata) always give the same folds.
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

    /// The training rows of fold `fold`: every row not in its test set.
    public static func trainingRows(count: Int, test: [Int]) -> [Int] {
        var inTest = [Bool](repeating: false, count: count)
        for i in test { inTest[i] = true }
        return (0..<count).filter { !inTest[$0] }
    }
}
