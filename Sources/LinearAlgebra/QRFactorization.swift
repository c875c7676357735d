import CLAPACK

/// Householder QR with column pivoting, `A P = Q R` (LAPACK `dgeqp3`), for least squares and rank checks.
///
/// The numerical rank is the number of leading diagonal entries of `R` with
/// `|R[k,k]| > tolerance · |R[0,0]|`; columns beyond it are (nearly) linear combinations of the ones before.
public struct QRFactorization: Sendable {
    /// The factored matrix as LAPACK leaves it: `R` in the upper triangle, Householder vectors below.
    public let factored: Matrix
    /// Householder scalars.
    public let tau: [Double]
    /// `permutation[k]` is the original column index of pivoted column `k` (0-based).
    public let permutation: [Int]

    /// Factors `a` (rows ≥ columns expected for least squares).
    public init(_ a: Matrix, pivoting: Bool = true) throws {
        var f = a
        var m = Int32(a.rows), n = Int32(a.columns), lda = Int32(max(1, a.rows)), info: Int32 = 0
        var tau = [Double](repeating: 0, count: min(a.rows, a.columns))
        // 0 marks a free column for dgeqp3; without pivoting, every column is fixed in place.
        var jpvt = [Int32](repeating: pivoting ? 0 : 1, count: a.columns)
        var lwork: Int32 = -1
        var query = 0.0
        if a.rows > 0 && a.columns > 0 {
            f.withUnsafeMutableBufferPointer { p in dgeqp3_(&m, &n, p.baseAddress, &lda, &jpvt, &tau, &query, &lwork, &info) }
            try LAPACK.check(info, routine: "dgeqp3")
            lwork = Int32(query)
            var work = [Double](repeating: 0, count: max(1, Int(lwork)))
            f.withUnsafeMutableBufferPointer { p in dgeqp3_(&m, &n, p.baseAddress, &lda, &jpvt, &tau, &work, &lwork, &info) }
            try LAPACK.check(info, routine: "dgeqp3")
        } else {
            jpvt = (0..<Int32(a.columns)).map { $0 + 1 }
        }
        self.factored = f
        self.tau = tau
        self.permutation = jpvt.map { Int($0) - 1 }
    }

    /// The `k × k` upper triangular factor `R` (k = min(rows, columns)), in pivoted column order.
    public var r: Matrix {
        let k = min(factored.rows, factored.columns)
        var out = Matrix(rows: k, columns: factored.columns)
        for j in 0..<factored.columns { for i in 0...min(j, k - 1) where k > 0 { out[i, j] = factored[i, j] } }
        return Matrix(rows: k, columns: k, columnMajor: Array(out.storage.prefix(k * k)))
    }

    /// Numerical rank: leading `|R[k,k]|` above `tolerance · |R[0,0]|`.
    public func rank(tolerance: Double) -> Int {
        let d = factored.diagonal.map(abs)
        guard let first = d.first, first > 0 else { return 0 }
        return d.prefix { $0 > tolerance * first }.count
    }

    /// `Qᵀ b` (length rows).
    public func applyQTranspose(_ b: [Double]) throws -> [Double] {
        precondition(b.count == factored.rows, "applyQTranspose: b has \(b.count) elements, expected \(factored.rows)")
        var c = b
        var m = Int32(factored.rows), n: Int32 = 1, k = Int32(tau.count), lda = Int32(max(1, factored.rows))
        var ldc = Int32(max(1, factored.rows)), info: Int32 = 0, lwork: Int32 = -1, query = 0.0
        if k == 0 { return c }
        factored.withUnsafeBufferPointer { ap in
            dormqr_("L", "T", &m, &n, &k, ap.baseAddress, &lda, tau, &c, &ldc, &query, &lwork, &info, 1, 1)
        }
        try LAPACK.check(info, routine: "dormqr")
        lwork = Int32(query)
        var work = [Double](repeating: 0, count: max(1, Int(lwork)))
        factored.withUnsafeBufferPointer { ap in
            dormqr_("L", "T", &m, &n, &k, ap.baseAddress, &lda, tau, &c, &ldc, &work, &lwork, &info, 1, 1)
        }
        try LAPACK.check(info, routine: "dormqr")
        return c
    }
}

extension QRFactorization {
    /// `Q c` for a vector of length rows (the inverse of `applyQTranspose`).
    public func applyQ(_ c: [Double]) throws -> [Double] {
        try applyQ(c, transpose: false)
    }

    /// `Q c` or `Qᵀ c` by LAPACK `dormqr`.
    func applyQ(_ c: [Double], transpose: Bool) throws -> [Double] {
        precondition(c.count == factored.rows, "applyQ: vector has \(c.count) elements, expected \(factored.rows)")
        var out = c
        var m = Int32(factored.rows), n: Int32 = 1, k = Int32(tau.count), lda = Int32(max(1, factored.rows))
        var ldc = Int32(max(1, factored.rows)), info: Int32 = 0, lwork: Int32 = -1, query = 0.0
        if k == 0 { return out }
        let trans = transpose ? "T" : "N"
        factored.withUnsafeBufferPointer { ap in
            dormqr_("L", trans, &m, &n, &k, ap.baseAddress, &lda, tau, &out, &ldc, &query, &lwork, &info, 1, 1)
        }
        try LAPACK.check(info, routine: "dormqr")
        lwork = Int32(query)
        var work = [Double](repeating: 0, count: max(1, Int(lwork)))
        factored.withUnsafeBufferPointer { ap in
            dormqr_("L", trans, &m, &n, &k, ap.baseAddress, &lda, tau, &out, &ldc, &work, &lwork, &info, 1, 1)
        }
        try LAPACK.check(info, routine: "dormqr")
        return out
    }
}
