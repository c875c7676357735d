import Testing
import LinearAlgebra

/// Copying rows out of a column-major matrix: by index list (any order, repeats allowed) and by a range.
@Suite struct MatrixRowsTests {
    /// 4 × 3 with element (i, j) = 10 i + j, so every value says where it came from.
    let m = Matrix(rowMajor: [[0, 1, 2], [10, 11, 12], [20, 21, 22], [30, 31, 32]])

    @Test func rowsAtIndicesInTheOrderGiven() {
        let r = m.rows(at: [3, 0, 3])
        #expect(r.rows == 3 && r.columns == 3)
        #expect(r.column(0) == [30, 0, 30])
        #expect(r.column(2) == [32, 2, 32])
        #expect(m.rows(at: []).rows == 0)
    }

    @Test func rowsInARange() {
        let r = m.rows(1..<3)
        #expect(r == Matrix(rowMajor: [[10, 11, 12], [20, 21, 22]]))
        #expect(m.rows(0..<4) == m)
        #expect(m.rows(2..<2).rows == 0 && m.rows(2..<2).columns == 3)
    }
}
