import CLAPACK

/// LAPACK factorisations and solves on `Matrix`; a non-zero `info` is thrown as `LinearAlgebraError`.
public enum LAPACK {
    /// Cholesky factor of a symmetric positive definite matrix: the upper triangle `U` with `A = UᵀU`
    /// (the strict lower triangle is zeroed).
    public static func cholesky(_ a: Matrix) throws -> Matrix {
        var u = try inPlace(square: a, name: "cholesky", routine: "dpotrf") { p, n, lda, info in
            dpotrf_("U", &n, p, &lda, &info, 1)
        }
        zeroStrictLower(&u)
        return u
    }

    /// Solves `A X = B` given the upper Cholesky factor `U` of `A`.
    public static func choleskySolve(factor u: Matrix, _ b: Matrix) throws -> Matrix {
        precondition(u.rows == u.columns && b.rows == u.rows, "choleskySolve: shape mismatch")
        var x = b
        var n = Int32(u.rows), nrhs = Int32(b.columns), lda = Int32(max(1, u.rows)), ldb = Int32(max(1, b.rows))
        var info: Int32 = 0
        if n == 0 || nrhs == 0 { return x }
        u.withUnsafeBufferPointer { up in
            x.withUnsafeMutableBufferPointer { xp in
                dpotrs_("U", &n, &nrhs, up.baseAddress, &lda, xp.baseAddress, &ldb, &info, 1)
            }
        }
        try check(info, routine: "dpotrs")
        return x
    }

    /// Solves `A x = b` given the upper Cholesky factor `U` of `A`.
    public static func choleskySolve(factor u: Matrix, _ b: [Double]) throws -> [Double] {
        try choleskySolve(factor: u, Matrix(rows: b.count, columns: 1, columnMajor: b)).storage
    }

    /// `A⁻¹` (full symmetric) from the upper Cholesky factor `U` of `A`.
    public static func choleskyInverse(factor u: Matrix) throws -> Matrix {
        var inv = try inPlace(square: u, name: "choleskyInverse", routine: "dpotri") { p, n, lda, info in
            dpotri_("U", &n, p, &lda, &info, 1)
        }
        BLAS.symmetrizeFromUpper(&inv)
        return inv
    }

    /// Reciprocal condition number (1-norm) of an upper triangular matrix; near machine epsilon means
    /// numerically singular.
    public static func triangularConditionReciprocal(_ r: Matrix) throws -> Double {
        precondition(r.rows == r.columns, "trcon: matrix must be square")
        var n = Int32(r.rows), lda = Int32(max(1, r.rows)), info: Int32 = 0, rcond = 0.0
        if n == 0 { return 1 }
        var work = [Double](repeating: 0, count: 3 * r.rows)
        var iwork = [Int32](repeating: 0, count: r.rows)
        r.withUnsafeBufferPointer { rp in
            dtrcon_("1", "U", "N", &n, rp.baseAddress, &lda, &rcond, &work, &iwork, &info, 1, 1, 1)
        }
        try check(info, routine: "dtrcon")
        return rcond
    }

    /// Solves `R x = b` (or `Rᵀ x = b` when `transpose`) for upper triangular `R`.
    public static func triangularSolve(_ r: Matrix, _ b: [Double], transpose: Bool = false) throws -> [Double] {
        precondition(r.rows == r.columns && b.count == r.rows, "triangularSolve: shape mismatch")
        var x = b
        var n = Int32(r.rows), nrhs: Int32 = 1, lda = Int32(max(1, r.rows)), ldb = Int32(max(1, r.rows))
        var info: Int32 = 0
        if n == 0 { return x }
        r.withUnsafeBufferPointer { rp in
            dtrtrs_("U", transpose ? "T" : "N", "N", &n, &nrhs, rp.baseAddress, &lda, &x, &ldb, &info, 1, 1, 1)
        }
        try check(info, routine: "dtrtrs")
        return x
    }

    /// Inverse of an upper triangular matrix.
    public static func triangularInverse(_ r: Matrix) throws -> Matrix {
        var inv = try inPlace(square: r, name: "triangularInverse", routine: "dtrtri") { p, n, lda, info in
            dtrtri_("U", "N", &n, p, &lda, &info, 1, 1)
        }
        zeroStrictLower(&inv)
        return inv
    }

    /// Eigenvalues of a symmetric matrix, ascending.
    public static func symmetricEigenvalues(_ a: Matrix) throws -> [Double] {
        precondition(a.rows == a.columns, "symmetricEigenvalues: matrix must be square")
        var m = a
        var n = Int32(a.rows), lda = Int32(max(1, a.rows)), info: Int32 = 0
        if n == 0 { return [] }
        var w = [Double](repeating: 0, count: a.rows)
        var lwork: Int32 = -1
        var query = 0.0
        m.withUnsafeMutableBufferPointer { p in dsyev_("N", "U", &n, p.baseAddress, &lda, &w, &query, &lwork, &info, 1, 1) }
        try check(info, routine: "dsyev")
        lwork = Int32(query)
        var work = [Double](repeating: 0, count: Int(lwork))
        m.withUnsafeMutableBufferPointer { p in dsyev_("N", "U", &n, p.baseAddress, &lda, &w, &work, &lwork, &info, 1, 1) }
        try check(info, routine: "dsyev")
        return w
    }

    /// Machine epsilon (relative spacing), as LAPACK's `dlamch('E')`.
    public static var epsilon: Double { dlamch_("E", 1) }

    /// Runs an in-place LAPACK `routine` on a copy of the square matrix `a` (`n` and `lda` from its shape; an
    /// empty matrix comes back as it is, without a call) and throws a non-zero `info`. `name` is the caller's.
    private static func inPlace(square a: Matrix, name: String, routine: String,
                                _ call: (UnsafeMutablePointer<Double>?, inout Int32, inout Int32, inout Int32) -> Void)
        throws -> Matrix {
        precondition(a.rows == a.columns, "\(name): matrix must be square")
        var out = a
        var n = Int32(a.rows), lda = Int32(max(1, a.rows)), info: Int32 = 0
        if n == 0 { return out }
        out.withUnsafeMutableBufferPointer { p in call(p.baseAddress, &n, &lda, &info) }
        try check(info, routine: routine)
        return out
    }

    /// Zeroes the strict lower triangle of a square matrix (what LAPACK leaves there is not part of the answer).
    private static func zeroStrictLower(_ a: inout Matrix) {
        for j in 0..<a.columns { for i in (j + 1)..<max(j + 1, a.rows) { a.storage[i + j * a.rows] = 0 } }
    }

    static func check(_ info: Int32, routine: String) throws {
        if info == 0 { return }
        if info < 0 { throw LinearAlgebraError.illegalArgument(routine: routine, position: Int(-info)) }
        switch routine {
        case "dpotrf": throw LinearAlgebraError.notPositiveDefinite(order: Int(info))
        case "dpotri", "dtrtri", "dtrtrs", "dpotrs": throw LinearAlgebraError.singular(index: Int(info) - 1)
        default: throw LinearAlgebraError.noConvergence(routine: routine, info: Int(info))
        }
    }
}
