import Testing
@testable import Evaluation
import TestSupport

@Suite struct RadixSortTests {
    @Test func agreesWithTheStandardSort() {
        var g = SeededGenerator(seed: 3)
        // Full-width keys, keys with constant upper digits (probabilities), and many duplicates.
        let cases: [[UInt64]] = [
            (0..<10_000).map { _ in g.next() },
            (0..<10_000).map { _ in Double.random(in: 0..<1, using: &g).bitPattern << 1 | (g.next() & 1) },
            (0..<10_000).map { _ in g.next() % 17 },
        ]
        for keys in cases {
            var sorted = keys
            RadixSort.sort(&sorted)
            #expect(sorted == keys.sorted())
        }
    }
}
