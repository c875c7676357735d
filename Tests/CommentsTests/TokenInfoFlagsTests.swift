import Testing
import Support
@testable import Comments

/// `TokenInfo.Flags` (the flags as bits of one word, the scanner's fast path) against a `Set` of the same flags
/// (the general path): random sets built flag by flag must agree on every question the scanner asks.
@Suite struct TokenInfoFlagsTests {
    typealias Flag = TokenInfo.Flag

    @Test func everyFlagHasABitOfItsOwn() {
        #expect(Flag.allCases.count <= UInt32.bitWidth)
        #expect(Set(Flag.allCases.map(\.bit)).count == Flag.allCases.count)
        #expect(Flag.allCases.allSatisfy { $0.bit.nonzeroBitCount == 1 })
    }

    @Test func flagsAnswerAsASetOfFlags() {
        var generator = SplitMix64(seed: 17)
        func randomSet() -> (TokenInfo.Flags, Set<Flag>) {
            var flags: TokenInfo.Flags = [], set = Set<Flag>()
            for flag in Flag.allCases where generator.next() % 4 == 0 {
                flags.insert(flag)
                set.insert(flag)
            }
            return (flags, set)
        }
        for _ in 0..<2_000 {
            let (a, setA) = randomSet(), (b, setB) = randomSet()
            #expect(a.isEmpty == setA.isEmpty)
            #expect(a.isDisjoint(with: b) == setA.isDisjoint(with: setB))
            let union = a.union(b), setUnion = setA.union(setB)
            for flag in Flag.allCases {
                #expect(a.contains(flag) == setA.contains(flag))
                #expect(union.contains(flag) == setUnion.contains(flag))
            }
            var formed = a
            formed.formUnion(b)
            #expect(formed == union)
        }
    }

    @Test func anArrayLiteralHoldsItsFlags() {
        let flags: TokenInfo.Flags = [.negate, .known, .imperative]
        #expect(Flag.allCases.filter(flags.contains) == [.negate, .known, .imperative])
        #expect(([] as TokenInfo.Flags).isEmpty)
    }
}
