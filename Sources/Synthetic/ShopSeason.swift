import Ingest

/// The purchase-rate factor of every day from a first day on (the month's factor of `ShopModel.monthFactors`),
/// looked up by day offset so that the simulation and the truth never convert dates in their inner loops.
struct ShopSeason: Sendable {
    let first: Day
    let factors: [Double]
    let monthFactors: [Double]
    /// The largest month factor: the envelope rate of the thinning in `ShopSimulator`.
    let maxFactor: Double
    /// For each day in the table, the number of days from it to the end of its run of equal factors.
    let runLength: [Int32]

    /// Factors for `first` … `last`; days outside are computed from their month.
    init(monthFactors: [Double], first: Day, last: Day) {
        self.first = first
        self.monthFactors = monthFactors
        maxFactor = monthFactors.max() ?? 1
        var table: [Double] = []
        table.reserveCapacity(last.days(since: first) + 1)
        var d = first
        while d <= last {
            table.append(monthFactors[d.civil.month - 1])
            d = d.adding(days: 1)
        }
        factors = table
        var runs = [Int32](repeating: 1, count: table.count)
        for i in stride(from: table.count - 2, through: 0, by: -1) where table[i] == table[i + 1] {
            runs[i] = runs[i + 1] + 1
        }
        runLength = runs
    }

    /// The factor of the day `offset` days after `first`, and how many days from it on (at most `limit`) share it.
    @inline(__always)
    func run(_ offset: Int, limit: Int) -> (factor: Double, days: Int) {
        guard offset >= 0 && offset < factors.count else { return (factor(offset), 1) }
        return (factors[offset], min(limit, Int(runLength[offset])))
    }

    /// The factor of the day `offset` days after `first`.
    @inline(__always)
    func factor(_ offset: Int) -> Double {
        offset >= 0 && offset < factors.count ? factors[offset] : monthFactors[first.adding(days: offset).civil.month - 1]
    }
}
