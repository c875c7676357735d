import CLAPACK

/// Cholesky factorisation with complete (diagonal) pivoting, `Pᵀ A P = UᵀU` (LAPACK `dpstrf`), of a symmetric
/// positive semi-definite matrix: the rank-revealing way to find which columns of a Gram matrix `XᵀX` depend on
/// the others.
///
/// At step k the largest remaining diagonal element (the squared norm of what is left of a column after
/// projecting out the columns already chosen) becomes the pivot; the factorisation stops when it falls to
/// `tolerance` or below. For a Gram matrix scaled to unit diagonal that residual is `1 − R²` of the column
/// regressed on the chosen ones.
public struct PivotedCholesky: Sendable {
    /// Number of pivots above the tolerance.
    public let rank: Int
    /// `permutation[k]` is the original index of the k-th pivot (0-based); entries from `rank` on are the
    /// columns that are (numerically) combinations of the first `rank`.
    public let permutation: [Int]
    /// `U` in pivoted order; its first `rank` rows are meaningful.
    public let factor: Matrix

    /// Factors `a`; `tolerance < 0` asks LAPACK for its default `n · ε · max(diag)`.
    public init(_ a: Matrix, tolerance: Double) throws {
        precondition(a.rows == a.columns, "PivotedCholesky: matrix must be square")
        var u = a
        var n = Int32(a.rows), lda = Int32(max(1, a.rows)), rank: Int32 = 0, info: Int32 = 0, tol = tolerance
        var piv = [Int32](repeating: 0, count: a.rows)
        var work = [Double](repeating: 0, count: 2 * max(1, a.rows))
        if n > 0 {
            u.withUnsafeMutableBufferPointer { p in
                dpstrf_("U", &n, p.baseAddress, &lda, &piv, &rank, &tol, &work, &info, 1)
            }
        }
        // info > 0 only says the matrix is rank deficient, which `rank` reports.
        if info < 0 { throw LinearAlgebraError.illegalArgument(routine: "dpstrf", position: Int(-info)) }
        self.rank = Int(rank)
        self.permutation = piv.map { Int($0) - 1 }
        self.factor = u
    }

    /// For a dependent column (pivot position `k ≥ rank`): the original indices of the independent columns it is
    /// a combination of, i.e. the non-negligible entries of `t` in `U₁₁ t = U[0..<rank, k]`.
    public func combination(ofPivot k: Int, relativeThreshold: Double = 1e-6) throws -> [Int] {
        precondition(k >= rank && k < permutation.count, "combination: pivot \(k) is not a dependent column")
        if rank == 0 { return [] }
        var u11 = Matrix(rows: rank, columns: rank)
        for j in 0..<rank { for i in 0...j { u11[i, j] = factor[i, j] } }
        let rhs = (0..<rank).map { factor[$0, k] }
        let t = try LAPACK.triangularSolve(u11, rhs)
        let largest = t.map(abs).max() ?? 0
        guard largest > 0 else { return [] }
        return (0..<rank).filter { abs(t[$0]) > relativeThreshold * largest }.map { permutation[$0] }.sorted()
    }
}
