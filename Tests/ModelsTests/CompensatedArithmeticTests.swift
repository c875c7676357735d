import Testing
@testable import Models

/// Doubled-precision sums and products: cases where plain double arithmetic returns a wrong answer.
@Suite struct CompensatedArithmeticTests {
    @Test func errorFreeTransformationsAreExact() {
        // (1 + 2⁻³⁰)² = 1 + 2⁻²⁹ + 2⁻⁶⁰: the last term is the rounding error of the product.
        let a = 1 + 0x1p-30
        let (p, e) = CompensatedArithmetic.twoProduct(a, a)
        #expect(p == 1 + 0x1p-29 && e == 0x1p-60)
        let (s, se) = CompensatedArithmetic.twoSum(1, 0x1p-60)
        #expect(s == 1 && se == 0x1p-60)
    }

    @Test func dotAndResidualSurviveCancellation() {
        // [1e16, 1, −1e16, 3, 7]·[1, 1, 1, fl(1/3), 0] = 1 + 3·fl(1/3) = 2 − 2⁻⁵⁴ exactly, which rounds to 2;
        // plain left-to-right summation loses the 1 against 1e16 and returns 1.
        let a: [Double] = [1e16, 1, -1e16, 3, 7], b: [Double] = [1, 1, 1, 1.0 / 3, 0]
        let exact = 2.0
        let dot = a.withUnsafeBufferPointer { ap in b.withUnsafeBufferPointer { CompensatedArithmetic.dot(ap, $0) } }
        #expect(dot == exact)
        #expect(a.enumerated().reduce(0) { $0 + $1.element * b[$1.offset] } != exact)
        // Residual y − r − A x for A = [[1e16], [1]], x = [1], y = [1e16 + 2, 3], r = [0, 0]: [2, 2] exactly
        // (1e16 + 2 is representable).
        let residual = [1e16, 1.0].withUnsafeBufferPointer {
            CompensatedArithmetic.residual(b: [1e16 + 2, 3], r: [0, 0], a: $0, rows: 2, columns: 1, x: [1])
        }
        #expect(residual == [2, 2])
    }
}
