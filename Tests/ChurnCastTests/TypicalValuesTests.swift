import Testing
@testable import ChurnCast

/// The exact median behind "typical" in reasons (and SQL's PERCENTILE_CONT(0.5) in `churncast sql score`): hand
/// cases, and the selection against a full sort (the definition) on scrambled arrays with many ties.
@Suite struct TypicalValuesTests {
    @Test func handCases() {
        var odd: [Double] = [3, 1, 2]
        #expect(TypicalValues.median(&odd) == 2)
        var even: [Double] = [4, 1, 3, 2]
        #expect(TypicalValues.median(&even) == 2.5)  // (2 + 3) / 2
        var ties: [Double] = [10, 0, 10, 10, 0, 7]
        #expect(TypicalValues.median(&ties) == 8.5)  // sorted 0 0 7 10 10 10: (7 + 10) / 2
        var none: [Double] = []
        #expect(TypicalValues.median(&none) == nil)
    }

    @Test func selectionEqualsSorting() {
        for n in 1...200 {
            // Scores 0…10 in a scrambled order (a multiplicative hash of the index), many ties.
            var v = (0..<n).map { Double(($0 &* 2_654_435_761 &+ n) % 11) }
            let sorted = v.sorted()
            let expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
            #expect(TypicalValues.median(&v) == expected, "n = \(n)")
        }
    }
}
