import Testing
@testable import LinearAlgebra

/// Small hand-computed cases for the BLAS/LAPACK wrappers.
@Suite struct LinearAlgebraTests {
    @Test func gramMatchesHandComputed() {
        // A = [[1,2],[3,4],[5,6]]; AᵀA = [[35,44],[44,56]].
        let a = Matrix(rowMajor: [[1, 2], [3, 4], [5, 6]])
        #expect(BLAS.gram(a, threads: 1) == Matrix(rowMajor: [[35, 44], [44, 56]]))
        #expect(BLAS.gram(a, blocks: 1, threads: 2) == Matrix(rowMajor: [[35, 44], [44, 56]]))
    }

    @Test func gramSplitEqualsSingleCall() {
        var a = Matrix(rows: 10_000, columns: 3)
        for i in 0..<10_000 { a[i, 0] = 1; a[i, 1] = Double(i % 7); a[i, 2] = Double(i % 13) - 6 }
        let one = BLAS.gram(a, blocks: 1, threads: 1), two = BLAS.gram(a, blocks: 2, threads: 2)
        for k in 0..<9 { #expect(abs(one.storage[k] - two.storage[k]) <= 1e-9 * abs(one.storage[k]) + 1e-9) }
        // The same blocks on one thread or three: the same sums to the last bit.
        #expect(BLAS.gram(a, blocks: 2, threads: 1) == two)
        #expect(BLAS.gram(a, blocks: 2, threads: 3) == two)
    }

    @Test func gemvBothWays() {
        let a = Matrix(rowMajor: [[1, 2], [3, 4], [5, 6]])
        #expect(BLAS.gemv(a, [1, 1]) == [3, 7, 11])
        #expect(BLAS.gemv(a, [1, 1, 1], transpose: true) == [9, 12])
    }

    @Test func choleskySolveAndInverse() throws {
        // A = [[4,2],[2,3]]: U = [[2,1],[0,√2]]; A⁻¹ = [[3,-2],[-2,4]]/8; A x = [2,1] → x = [0.5, 0].
        let a = Matrix(rowMajor: [[4, 2], [2, 3]])
        let u = try LAPACK.cholesky(a)
        #expect(abs(u[0, 0] - 2) < 1e-15 && abs(u[0, 1] - 1) < 1e-15 && abs(u[1, 1] - 2.0.squareRoot()) < 1e-15)
        #expect(u[1, 0] == 0)
        let x = try LAPACK.choleskySolve(factor: u, [2, 1])
        #expect(abs(x[0] - 0.5) < 1e-15 && abs(x[1]) < 1e-15)
        let inv = try LAPACK.choleskyInverse(factor: u)
        #expect(abs(inv[0, 1] + 0.25) < 1e-15 && abs(inv[1, 0] + 0.25) < 1e-15 && abs(inv[1, 1] - 0.5) < 1e-15)
    }

    @Test func notPositiveDefiniteIsThrown() {
        #expect(throws: LinearAlgebraError.notPositiveDefinite(order: 2)) {
            try LAPACK.cholesky(Matrix(rowMajor: [[1, 2], [2, 1]]))
        }
    }

    @Test func qrRankRevealsDependentColumn() throws {
        // Third column = first + second: rank 2.
        let a = Matrix(rowMajor: [[1, 0, 1], [0, 1, 1], [1, 1, 2], [2, 1, 3]])
        let qr = try QRFactorization(a)
        #expect(qr.rank(tolerance: 1e-10) == 2)
        #expect(Set(qr.permutation) == [0, 1, 2])
    }
}
