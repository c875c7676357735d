import LinearAlgebra
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The numerical core of `LinearRegression`: scaling, pivoted QR, rank check, refined solve, covariance.
///
/// The design `A = [1 X]` (the intercept column only when fitted) is scaled column by column by powers of two
/// (`Z = A D⁻¹`, exact in binary floating point) to unit-order norms, then factored `Z P = Q R` (`dgeqp3`). The first
/// solution `R⁻¹(Qᵀy)` is then improved by iterative refinement of the augmented system (Björck 1967)
/// ```
/// [ I  Z ] [r]   [y]        f = y − r − Z w,  g = −Zᵀ r     (residuals in doubled precision)
/// [ Zᵀ 0 ] [w] = [0]        h = R⁻ᵀ g,  d = Qᵀ f,  δw = R⁻¹(d₁ − h),  δr = Q [h; d₂]
/// ```
/// which converges to the least-squares solution of the stored data to about working precision while
/// `κ(Z) ε ≪ 1`; a large residual never passes through `Qᵀ` at full size, which is what costs plain QR its
/// digits on problems like Wampler 4–5. The covariance `σ² D⁻¹ P R⁻¹R⁻ᵀ Pᵀ D⁻¹` (never `(AᵀA)⁻¹` formed) has
/// relative error of order `κ(Z) ε`. Ridge appends the rows `√λ D⁻¹` (intercept row omitted) to `Z`.
struct LeastSquaresSolver {
    let configuration: LinearRegression
    static let refinementSteps = 5

    /// Everything `LinearRegressionResult` needs, in design order (intercept first when present).
    struct Solution {
        var coefficients: [Double]
        /// `(AᵀA + λI)⁻¹` for the terms (unscaled by σ²), row-major p × p.
        var unscaledCovariance: [Double]
        /// `y − A β` for the n observations.
        var residuals: [Double]
        var observations: Int
        /// Reciprocal condition number (1-norm) of `R`, the column-scaled design.
        var reciprocalCondition: Double
        var targetSumOfSquares: Double
        var refinementSteps: Int
    }

    func solve(x: Matrix, y: [Double], names predictorNames: [String]) throws -> Solution {
        let n = x.rows, k = x.columns
        let withIntercept = configuration.intercept
        let p = k + (withIntercept ? 1 : 0)
        let names = (withIntercept ? ["intercept"] : []) + predictorNames
        try Self.checkValues(x: x, y: y, names: predictorNames, withIntercept: withIntercept)
        guard n > p else { throw ModelsError.tooFewObservations(observations: n, parameters: p) }

        // Z = [1 X] D⁻¹ with power-of-two scales (exact), plus √λ D⁻¹ rows for ridge.
        let lambda = configuration.ridge
        let m = lambda > 0 ? n + k : n
        var z = Matrix(rows: m, columns: p)
        var scales = [Double](repeating: 1, count: p)
        z.withUnsafeMutableBufferPointer { zp in
            x.withUnsafeBufferPointer { xp in
                for j in 0..<p {
                    let base = j * m
                    if withIntercept && j == 0 {
                        for i in 0..<n { zp[base + i] = 1 }
                    } else {
                        let source = (j - (withIntercept ? 1 : 0)) * n
                        for i in 0..<n { zp[base + i] = xp[source + i] }
                    }
                    let column = UnsafeBufferPointer(rebasing: zp[base..<(base + n)])
                    let scale = Self.powerOfTwoScale(column)
                    scales[j] = scale
                    if scale != 1 { for i in 0..<n { zp[base + i] /= scale } }
                }
                if lambda > 0 {
                    for j in 0..<k {
                        let column = j + (withIntercept ? 1 : 0)
                        zp[column * m + n + j] = lambda.squareRoot() / scales[column]
                    }
                }
            }
        }
        let rhs = lambda > 0 ? y + [Double](repeating: 0, count: k) : y

        let qr = try QRFactorization(z)
        let rank = qr.rank(tolerance: configuration.rankTolerance)
        if rank < p {
            throw ModelsError.rankDeficient(rank: rank, columns: p,
                                            dependencies: Self.dependencies(qr: qr, rank: rank, names: names))
        }
        let r = qr.r
        let rcond = try LAPACK.triangularConditionReciprocal(r)
        var (w, residual, steps) = try refine(qr: qr, r: r, design: z, rhs: rhs,
                                             contraction: min(0.5, 10 * Double.ulpOfOne / max(rcond, 1e-300)))
        // Back to design order and units.
        var coefficients = [Double](repeating: 0, count: p)
        for i in 0..<p { coefficients[qr.permutation[i]] = w[i] / scales[qr.permutation[i]] }
        w.removeAll()
        residual.removeLast(m - n)

        let rInverse = try LAPACK.triangularInverse(r)
        let pivotedCovariance = BLAS.gemm(rInverse, rInverse, transposeB: true)
        var covariance = [Double](repeating: 0, count: p * p)
        for a in 0..<p {
            for b in 0..<p {
                let (ja, jb) = (qr.permutation[a], qr.permutation[b])
                covariance[ja * p + jb] = pivotedCovariance[a, b] / (scales[ja] * scales[jb])
            }
        }
        return Solution(coefficients: coefficients, unscaledCovariance: covariance, residuals: residual,
                        observations: n, reciprocalCondition: rcond,
                        targetSumOfSquares: Self.targetSumOfSquares(y, withIntercept: withIntercept),
                        refinementSteps: steps)
    }

    /// Björck's iterative refinement of `min ‖rhs − Z w‖` with `Z P = Q R` (`design` is `Z`, unpermuted).
    /// Returns the solution in pivoted order, the residual `rhs − Z w` (all rows) and the steps taken.
    ///
    /// Each step shrinks the error by about `contraction` ≈ 10 κ ε; refinement stops once the last correction
    /// times that factor is below working precision (one step for a well-conditioned design, two for Filip).
    func refine(qr: QRFactorization, r: Matrix, design z: Matrix, rhs: [Double], contraction: Double) throws
        -> (solution: [Double], residual: [Double], steps: Int) {
        let m = z.rows, p = z.columns
        let permutation = qr.permutation
        func natural(_ pivoted: [Double]) -> [Double] {
            var out = [Double](repeating: 0, count: p)
            for i in 0..<p { out[permutation[i]] = pivoted[i] }
            return out
        }
        // Start: w = R⁻¹(Qᵀy)₁ and r = Q [0; (Qᵀy)₂].
        var c = try qr.applyQTranspose(rhs)
        var w = try LAPACK.triangularSolve(r, Array(c.prefix(p)))
        for i in 0..<p { c[i] = 0 }
        var residual = try qr.applyQ(c)
        var steps = 0
        while steps < Self.refinementSteps {
            let f = z.withUnsafeBufferPointer {
                CompensatedArithmetic.residual(b: rhs, r: residual, a: $0, rows: m, columns: p, x: natural(w))
            }
            // g = −Zᵀ r, in pivoted order.
            let g: [Double] = z.withUnsafeBufferPointer { a in
                residual.withUnsafeBufferPointer { rp in
                    (0..<p).map { i in
                        let j = permutation[i]
                        return -CompensatedArithmetic.dot(UnsafeBufferPointer(rebasing: a[(j * m)..<((j + 1) * m)]), rp)
                    }
                }
            }
            let h = try LAPACK.triangularSolve(r, g, transpose: true)
            var d = try qr.applyQTranspose(f)
            let dw = try LAPACK.triangularSolve(r, (0..<p).map { d[$0] - h[$0] })
            for i in 0..<p { d[i] = h[i] }
            let dr = try qr.applyQ(d)
            steps += 1
            let size = w.map(abs).max() ?? 0
            let change = dw.map(abs).max() ?? 0
            for i in 0..<p { w[i] += dw[i] }
            for i in 0..<m { residual[i] += dr[i] }
            if change * contraction <= Double.ulpOfOne * size { break }
        }
        return (w, residual, steps)
    }

    /// Rejects NaN and infinities, and (with an intercept) constant predictors.
    static func checkValues(x: Matrix, y: [Double], names: [String], withIntercept: Bool) throws {
        try x.withUnsafeBufferPointer { xp in
            for j in 0..<x.columns {
                let base = j * x.rows
                for i in 0..<x.rows where !xp[base + i].isFinite {
                    throw ModelsError.nonFiniteValue(column: names[j], row: i)
                }
                if withIntercept && x.rows > 1 && (1..<x.rows).allSatisfy({ xp[base + $0] == xp[base] }) {
                    throw ModelsError.constantColumn(name: names[j])
                }
            }
        }
        if let i = y.firstIndex(where: { !$0.isFinite }) { throw ModelsError.nonFiniteValue(column: "target", row: i) }
    }

    /// The power of two nearest the column's 2-norm (1 for a zero column): dividing by it is exact.
    static func powerOfTwoScale(_ column: UnsafeBufferPointer<Double>) -> Double {
        let largest = column.reduce(0) { max($0, abs($1)) }
        guard largest > 0 else { return 1 }
        var sum = 0.0
        for v in column { sum += (v / largest) * (v / largest) }
        let norm = largest * sum.squareRoot()
        return Double(sign: .plus, exponent: Int(log2(norm).rounded()), significand: 1)
    }

    /// For each column the rank test rejected, the columns it is (numerically) a combination of: the solution
    /// `c` of `R₁₁ c = R₁₂[:, i]`, keeping entries above 1e-8 of the largest.
    static func dependencies(qr: QRFactorization, rank: Int, names: [String]) -> [ColumnDependency] {
        let f = qr.factored
        var r11 = Matrix(rows: rank, columns: rank)
        for j in 0..<rank { for i in 0...j { r11[i, j] = f[i, j] } }
        return (rank..<f.columns).map { i in
            let rhs = (0..<rank).map { f[$0, i] }
            let c = rank == 0 ? [] : ((try? LAPACK.triangularSolve(r11, rhs)) ?? rhs)
            let largest = c.map(abs).max() ?? 0
            let involved = c.indices.filter { largest > 0 && abs(c[$0]) > 1e-8 * largest }
                .map { qr.permutation[$0] }.sorted()
            return ColumnDependency(column: names[qr.permutation[i]], combinationOf: involved.map { names[$0] })
        }
    }

    /// `Σ(y − ȳ)²` with an intercept, `Σ y²` without.
    static func targetSumOfSquares(_ y: [Double], withIntercept: Bool) -> Double {
        guard withIntercept else { return y.reduce(0) { $0 + $1 * $1 } }
        let mean = accurateMean(y)
        return y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    }

    /// Mean with one correction pass: `m + Σ(xᵢ − m)/n`.
    static func accurateMean(_ v: [Double]) -> Double {
        guard !v.isEmpty else { return 0 }
        let n = Double(v.count)
        let m = v.reduce(0, +) / n
        return m + v.reduce(0) { $0 + ($1 - m) } / n
    }
}
