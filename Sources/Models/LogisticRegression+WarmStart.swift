import LinearAlgebra
import Support

extension LogisticRegression {
    /// Rows a warm-start subsample holds (`warmStart`): coefficients within a few per cent of the full fit's, so
    /// Newton's method on all rows needs about 4 passes instead of 8–11 from zero.
    public static let warmStartRows = 50_000

    /// A starting point for `fit(x:y:…)` on a large design: the fit of every k-th row (about `rows` of them) with
    /// the penalty scaled by the share taken (`λ·m/n`, so that the subsample's objective is that share of the
    /// full one), its intercept before any prior correction. `nil` when `x` has fewer than `8 · rows` rows (a
    /// full pass is then cheap) or the subsample's fit fails; the full fit then starts from zero.
    ///
    /// Only the number of iterations depends on it: the full fit converges to the same maximum (to its tolerance).
    /// - Complexity: about `rows/x.rows` of a full fit, i.e. under half a pass over `x` for the default.
    public func warmStart(x: Matrix, y: [Double], weights: [Double]? = nil, rows: Int = warmStartRows,
                          threads: Int = Parallelism.threads) -> [Double]? {
        guard rows > 0, x.rows >= 8 * rows else { return nil }
        let every = x.rows / rows
        let picked = Array(Swift.stride(from: 0, to: x.rows, by: every))
        var scaled = self
        scaled.l2 = l2 * Double(picked.count) / Double(x.rows)
        // A rough start is enough; it must not stop the full fit when the subsample is separable.
        if scaled.l2 == 0 { scaled.l2 = 1e-6 }
        scaled.tolerance = max(tolerance, 1e-6)
        guard let fit = try? scaled.fit(x: x.rows(at: picked), y: picked.map { y[$0] },
                                        weights: weights.map { w in picked.map { w[$0] } },
                                        names: (0..<x.columns).map { "x\($0)" }, threads: threads)
        else { return nil }
        var start = fit.coefficients
        if intercept { start[0] -= fit.interceptCorrection }
        return start
    }
}
