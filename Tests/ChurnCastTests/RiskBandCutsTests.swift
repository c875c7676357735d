import Testing
import TestSupport
@testable import ChurnCast

/// The risk band cuts found by selection against the general path, sorting every prediction, and against cuts
/// counted by hand.
@Suite struct RiskBandCutsTests {
    /// The general path: the sorted predictions at the 90th and 70th percentile positions.
    static func sortedCuts(_ p: [Double]) -> (high: Double, medium: Double) {
        let s = p.sorted()
        func at(_ q: Double) -> Double { s[min(s.count - 1, Int((q * Double(s.count)).rounded(.down)))] }
        return (at(0.9), at(0.7))
    }

    /// 0.1, 0.2, …, 1.0 shuffled: positions ⌊0.9 · 10⌋ = 9 and ⌊0.7 · 10⌋ = 7 of the sorted list hold 1.0 and 0.8.
    @Test func tenPredictionsByHand() {
        let bands = RiskBands(trainingPredictions: [0.5, 0.9, 0.1, 1.0, 0.3, 0.8, 0.2, 0.7, 0.6, 0.4])
        #expect(bands.highFrom == 1.0 && bands.mediumFrom == 0.8)
    }

    @Test func randomPredictionsMatchSorting() {
        var rng = SeededGenerator(seed: 3)
        for n in [1, 2, 3, 7, 10, 100, 1_001, 50_000] {
            let continuous = (0..<n).map { _ in rng.unit() }
            let lumpy = (0..<n).map { _ in Double(rng.next() % 5) / 4 }  // many ties
            for p in [continuous, lumpy, continuous.sorted(), continuous.sorted(by: >), [Double](repeating: 0.5, count: n)] {
                let cuts = RiskBands.cuts(p), expected = Self.sortedCuts(p)
                #expect(cuts.high == expected.high && cuts.medium == expected.medium, "n = \(n)")
            }
        }
    }

    /// After `select`, nothing before position k is larger than a[k] and nothing after it smaller.
    @Test func selectionPartitionsAroundThePosition() {
        var rng = SeededGenerator(seed: 4)
        var a = (0..<5_000).map { _ in Double(rng.next() % 100) }
        let k = 1_234, sorted = a.sorted()
        a.withUnsafeMutableBufferPointer { RiskBands.select($0, k, in: 0..<$0.count) }
        #expect(a[k] == sorted[k])
        #expect(a[..<k].allSatisfy { $0 <= a[k] } && a[(k + 1)...].allSatisfy { $0 >= a[k] })
        #expect(a.sorted() == sorted)
    }
}
