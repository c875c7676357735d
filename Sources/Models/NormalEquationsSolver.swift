import LinearAlgebra
import Support

/// `LinearRegression`'s fast path (`solver: .normalEquations`): the normal equations of the centred,
/// column-scaled design, solved by Cholesky.
///
/// With an intercept the predictors are centred (`X_c = X − 1 x̄ᵀ`, which removes the intercept from the system
/// exactly, since it is not penalised) and scaled by powers of two (`Z = X_c D⁻¹`, exact); then
/// ```
/// (ZᵀZ + λ D⁻²) w = Zᵀ(y − ȳ),   β = D⁻¹ w,   β₀ = ȳ − x̄ᵀβ
/// Cov ∝ [ 1/n + x̄ᵀM⁻¹x̄   −(M⁻¹x̄)ᵀ ]     M = X_cᵀX_c + λI = Schur complement of n in AᵀA + diag(0, λI)
///       [ −M⁻¹x̄           M⁻¹      ]
/// ```
/// Centring and scaling run column by column on `CHURNCAST_THREADS` threads (`Parallelism`); `ZᵀZ` is one BLAS
/// `dsyrk` pass over two fixed row blocks (`BLAS.gram`'s default: the blocks, and so the sums, do not depend on
/// the thread count), so a million rows by 40 columns costs
/// about 0.1 s instead of the ~1–3 s of pivoted QR with refinement. Forming `ZᵀZ` squares the condition number:
/// the coefficients carry a relative error of about `κ(ZᵀZ) ε` (normwise; a small coefficient can lose a few
/// digits more). Above `conditionLimit` the solution is corrected (semi-normal equations, two gemv passes a step);
/// `solve` returns `nil` — and the caller uses QR — when Cholesky fails or the estimated `κ(ZᵀZ)` exceeds
/// `correctedConditionLimit`. Centring helps a lot: NIST's Longley has κ(ZᵀZ) ≈ 4.4e4 once centred (and
/// normal equations keep 11.8 of its certified digits), the Wampler polynomials ≈ 6.4e6 (6–7 digits uncorrected;
/// corrected, the certified digits QR keeps), and Filip's Gram matrix is not numerically positive definite (falls
/// back).
struct NormalEquationsSolver {
    let configuration: LinearRegression

    /// Largest estimated `κ₁(ZᵀZ) = κ₁(U)²` (`U` the Cholesky factor) accepted: about 1e-10 normwise relative
    /// error, so 8 or more digits even for small coefficients (far below any standard error). ChurnCast's
    /// standardised 29-feature design on a million customers measures about 1.2e4; with the shrunk NPS columns
    /// (nearly the mean, last and relative scores combined) about 2e5, which QR would fit 3× slower.
    static let conditionLimit = 1e6

    /// Largest `κ₁(ZᵀZ)` fitted by corrected semi-normal equations (Björck 1987): above `conditionLimit` the
    /// Cholesky solution is corrected by `r = c − Zw`, `UᵀU δ = Zᵀr`, `w += δ`, each step shrinking the error by
    /// about `κ(ZᵀZ) ε` (≤ 1e-7 here) toward the accuracy of QR; beyond it (or if the steps do not settle), QR.
    static let correctedConditionLimit = 1e9

    /// Correction steps at the most.
    static let correctionSteps = 4

    /// The least-squares solution, or `nil` when the Gram matrix is too ill-conditioned for this method.
    /// Throws the same input errors as QR (non-finite values, a constant column, too few rows).
    /// - Complexity: O(n·k²) flops in one pass over the rows (BLAS level 3), plus O(n·k) to centre and scale.
    func solve(x: Matrix, y: [Double], names: [String]) throws -> LeastSquaresSolver.Solution? {
        let n = x.rows, k = x.columns
        let withIntercept = configuration.intercept
        let p = k + (withIntercept ? 1 : 0)
        try LeastSquaresSolver.checkValues(x: x, y: y, names: names, withIntercept: withIntercept)
        guard n > p else { throw ModelsError.tooFewObservations(observations: n, parameters: p) }
        guard k > 0 else { return nil }

        // Z = (X − 1 x̄ᵀ) D⁻¹ with power-of-two scales of the centred columns (exact division).
        var means = [Double](repeating: 0, count: k)
        var scales = [Double](repeating: 1, count: k)
        var z = Matrix(rows: n, columns: k)
        x.withUnsafeBufferPointer { xp in
            z.withUnsafeMutableBufferPointer { zp in
                let xBase = xp.baseAddress!, zBase = zp.baseAddress!
                means.withUnsafeMutableBufferPointer { meansOut in
                    scales.withUnsafeMutableBufferPointer { scalesOut in
                        let (m, s) = (meansOut.baseAddress!, scalesOut.baseAddress!)
                        Parallelism.forEach(k) { j in
                            let source = UnsafeBufferPointer(start: xBase + j * n, count: n)
                            let column = UnsafeMutableBufferPointer(start: zBase + j * n, count: n)
                            let mean = withIntercept ? Self.accurateMean(source) : 0
                            for i in 0..<n { column[i] = source[i] - mean }
                            let scale = LeastSquaresSolver.powerOfTwoScale(UnsafeBufferPointer(column))
                            if scale != 1 { for i in 0..<n { column[i] /= scale } }
                            m[j] = mean
                            s[j] = scale
                        }
                    }
                }
            }
        }
        let yMean = withIntercept ? y.withUnsafeBufferPointer { Self.accurateMean($0) } : 0
        let centred = withIntercept ? y.map { $0 - yMean } : y

        var gram = BLAS.gram(z, threads: Parallelism.threads)
        let lambda = configuration.ridge
        if lambda > 0 { for j in 0..<k { gram[j, j] += lambda / (scales[j] * scales[j]) } }
        guard let u = try? LAPACK.cholesky(gram) else { return nil }
        let rcond = try LAPACK.triangularConditionReciprocal(u)
        let gramCondition = rcond > 0 ? 1 / (rcond * rcond) : .infinity
        guard gramCondition <= Self.correctedConditionLimit else { return nil }

        var w = try LAPACK.choleskySolve(factor: u, BLAS.gemv(z, centred, transpose: true))
        var steps = 0
        if gramCondition > Self.conditionLimit {
            let penalty = (0..<k).map { lambda / (scales[$0] * scales[$0]) }
            guard let corrected = try Self.correct(w, factor: u, z: z, target: centred, penalty: penalty) else {
                return nil
            }
            (w, steps) = corrected
        }
        let slopes = (0..<k).map { w[$0] / scales[$0] }
        let intercept = yMean - zip(means, slopes).reduce(0) { $0 + $1.0 * $1.1 }
        var residuals = BLAS.gemv(x, slopes)
        for i in 0..<n { residuals[i] = y[i] - (withIntercept ? intercept : 0) - residuals[i] }

        // M⁻¹ in the original units, then the intercept's row and column from the block inverse.
        let scaledInverse = try LAPACK.choleskyInverse(factor: u)
        var inverse = [Double](repeating: 0, count: k * k)
        for a in 0..<k { for b in 0..<k { inverse[a * k + b] = scaledInverse[a, b] / (scales[a] * scales[b]) } }
        var covariance = [Double](repeating: 0, count: p * p)
        if withIntercept {
            let mx = (0..<k).map { a in (0..<k).reduce(0) { $0 + inverse[a * k + $1] * means[$1] } }
            covariance[0] = 1 / Double(n) + zip(means, mx).reduce(0) { $0 + $1.0 * $1.1 }
            for a in 0..<k {
                covariance[a + 1] = -mx[a]
                covariance[(a + 1) * p] = -mx[a]
                for b in 0..<k { covariance[(a + 1) * p + b + 1] = inverse[a * k + b] }
            }
        } else {
            covariance = inverse
        }
        return LeastSquaresSolver.Solution(
            coefficients: (withIntercept ? [intercept] : []) + slopes, unscaledCovariance: covariance,
            residuals: residuals, observations: n, reciprocalCondition: 1 / gramCondition,
            targetSumOfSquares: LeastSquaresSolver.targetSumOfSquares(y, withIntercept: withIntercept),
            refinementSteps: steps)
    }

    /// Corrected semi-normal equations: `w` refined by `δ = (UᵀU)⁻¹ (Zᵀ(c − Zw) − Λw)` (`Λ` the ridge's
    /// `penalty` diagonal in the scaled units), the residual and `Zᵀr` in
    /// compensated arithmetic (as QR's refinement does), until a step is at the rounding level of the largest
    /// coefficient or stops shrinking below 1e-12 of it; `nil` when it has not settled after `correctionSteps`
    /// (the caller uses QR).
    static func correct(_ start: [Double], factor u: Matrix, z: Matrix, target c: [Double], penalty: [Double]) throws
        -> (w: [Double], steps: Int)? {
        var w = start, previous = Double.infinity
        let n = z.rows, zeros = [Double](repeating: 0, count: n)
        for step in 1...correctionSteps {
            var g = [Double](repeating: 0, count: w.count)
            z.withUnsafeBufferPointer { zp in
                let r = CompensatedArithmetic.residual(b: c, r: zeros, a: zp, rows: n, columns: w.count, x: w)
                r.withUnsafeBufferPointer { rp in
                    g.withUnsafeMutableBufferPointer { gp in
                        let out = gp.baseAddress!
                        Parallelism.forEach(w.count) { j in
                            out[j] = CompensatedArithmetic.dot(UnsafeBufferPointer(rebasing: zp[(j * n)..<((j + 1) * n)]), rp)
                        }
                    }
                }
            }
            for j in g.indices { g[j] -= penalty[j] * w[j] }
            let delta = try LAPACK.choleskySolve(factor: u, g)
            for j in w.indices { w[j] += delta[j] }
            let size = w.map(abs).max() ?? 0, change = delta.map(abs).max() ?? 0
            // Settled: at the rounding level, or no longer shrinking at 1e-12 (the floor of a large residual).
            if change <= 4 * Double.ulpOfOne * size || (change > previous / 2 && change <= 1e-12 * size) {
                return (w, step)
            }
            previous = change
        }
        return nil
    }

    /// Mean with one correction pass: `m + Σ(xᵢ − m)/n`.
    static func accurateMean(_ v: UnsafeBufferPointer<Double>) -> Double {
        guard !v.isEmpty else { return 0 }
        let n = Double(v.count)
        var sum = 0.0
        for x in v { sum += x }
        let m = sum / n
        var correction = 0.0
        for x in v { correction += x - m }
        return m + correction / n
    }
}
