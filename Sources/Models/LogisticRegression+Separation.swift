import LinearAlgebra

extension LogisticRegression {
    /// Explains why an unpenalised fit did not converge, if separation is the reason.
    ///
    /// First the exact check: a single column that separates the classes by a threshold (see `SeparationCheck`).
    /// Otherwise, a combination of columns separates when Newton's method has pushed some rows to fitted
    /// probabilities of numerically 0 or 1 on their observed side while the coefficients keep growing; the
    /// columns named are those whose (scale-adjusted) coefficients moved most in the last step.
    /// Returns nil when there is no sign of separation (the fit simply ran out of iterations).
    func diagnoseSeparation(x: Matrix, y: [Double], weights: [Double]?, names: [String], coefficientNames: [String],
                            newton: NewtonIterations) -> Separation? {
        let single = SeparationCheck.separatingColumns(x: x, y: y, weights: weights, names: names,
                                                       intercept: intercept)
        if !single.isEmpty { return Separation(columns: single) }

        let offset = intercept ? 1 : 0
        var eta = BLAS.gemv(x, Array(newton.beta[offset...]))
        if intercept { for i in eta.indices { eta[i] += newton.beta[0] } }
        var saturated = 0
        for i in eta.indices where weights.map({ $0[i] > 0 }) ?? true {
            let p = LinearPredictor.logistic(eta[i])
            let onObservedSide = (eta[i] > 0) == (y[i] == 1)
            if onObservedSide && min(p, 1 - p) < Self.saturation { saturated += 1 }
        }
        guard saturated > 0 else { return nil }

        // Scale each step component by its column's spread, so the names do not depend on units.
        var scales = [Double](repeating: 1, count: newton.beta.count)
        for j in 0..<x.columns {
            let column = x.column(j)
            let mean = column.reduce(0, +) / Double(max(1, column.count))
            let spread = (column.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(max(1, column.count)))
                .squareRoot()
            scales[j + offset] = spread > 0 ? spread : 1
        }
        let moves = newton.lastStep.indices.map { abs(newton.lastStep[$0]) * scales[$0] }
        let largest = moves.max() ?? 0
        let diverging = moves.indices.filter { moves[$0] >= 0.1 * largest && largest > 0 }
            .sorted { moves[$0] > moves[$1] }
            .map { coefficientNames[$0] }
        return Separation(columns: [], diverging: diverging, saturatedRows: saturated)
    }

    /// A fitted probability this close to 0 or 1 counts as saturated.
    static let saturation = 1e-8
}
