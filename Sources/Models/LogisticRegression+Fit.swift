#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Distributions
import Support
import LinearAlgebra

extension LogisticRegression {
    /// Fits the model by Newton's method with step halving.
    ///
    /// - Parameters:
    ///   - x: the feature columns (`rows × features`), without an intercept column: `intercept` adds it.
    ///   - y: the target, 0 or 1 per row.
    ///   - weights: optional sample weights ≥ 0 (frequency weights: a weight of 2 counts the row twice);
    ///     rows with weight 0 are ignored.
    ///   - names: one name per feature column.
    ///   - threads: threads for the passes over the data (`CHURNCAST_THREADS`, else 2; results do not depend
    ///     on it).
    ///   - start: coefficients to start Newton's method from (intercept first, in the coefficients' order, of
    ///     the weighted fit before any prior correction), e.g. a fit on a subsample (`warmStart`); nil: all zero
    ///     but the intercept at the weighted log-odds. The answer is the same maximum to the tolerance; a near
    ///     start only saves iterations.
    /// - Throws: `ModelsError` for bad data, a rank-deficient design, separated classes (unpenalised fits only;
    ///   with `l2 > 0` the answer is finite), or a numerical failure.
    /// - Complexity: per iteration one pass over `x`, O(rows · features²) (one `dsyrk` worth of work).
    public func fit(x: Matrix, y: [Double], weights: [Double]? = nil, names: [String],
                    threads: Int = Parallelism.threads, start given: [Double]? = nil) throws
        -> LogisticRegressionResult {
        try validate()
        precondition(y.count == x.rows, "y has \(y.count) rows, x has \(x.rows)")
        precondition(names.count == x.columns, "\(names.count) names for \(x.columns) columns")
        precondition(weights == nil || weights!.count == x.rows, "weights must have one entry per row")
        let used = try checkedData(x: x, y: y, weights: weights, names: names)
        let order = x.columns + (intercept ? 1 : 0)
        if l2 == 0 && used < order { throw ModelsError.tooFewObservations(observations: used, parameters: order) }
        let coefficientNames = (intercept ? ["intercept"] : []) + names

        let rowWeights = combinedWeights(y: y, weights: weights)
        let (s1, s0) = classTotals(y: y, weights: rowWeights)
        let weightedRate = s1 / (s0 + s1)
        let objective = LogisticObjective(x: x, y: y, weights: rowWeights, intercept: intercept, l2: l2,
                                          threads: threads)
        var start = [Double](repeating: 0, count: order)
        if intercept { start[0] = log(weightedRate / (1 - weightedRate)) }
        let zeroStart = start
        if let given {
            precondition(given.count == order, "start has \(given.count) coefficients, expected \(order)")
            if given.allSatisfy(\.isFinite) { start = given }
        }
        let first = objective.evaluate(start)
        // A NaN or infinite feature makes the first pass non-finite (√w·x enters ZᵀWZ for every row), so the
        // data need no separate scan unless that happens.
        if !first.logLikelihood.isFinite || !first.information.storage.allSatisfy({ $0.isFinite }) {
            throw Self.firstNonFinite(x, names: names) ?? ModelsError.numerical(.notPositiveDefinite(order: order))
        }
        // The rank check reads the information at the zero start (nearly uniform weights): one more pass when
        // a start was given.
        if l2 == 0 {
            try checkRank(start == zeroStart ? first.information : objective.evaluate(zeroStart).information,
                          names: coefficientNames)
        }

        let newton = try NewtonIterations(objective: objective, start: start, first: first,
                                          maxIterations: maxIterations, tolerance: tolerance)
        if l2 == 0 && !newton.converged {
            if let separation = diagnoseSeparation(x: x, y: y, weights: rowWeights, names: names,
                                                   coefficientNames: coefficientNames, newton: newton) {
                throw ModelsError.separation(separation)
            }
        }
        guard let factor = newton.factor else {
            throw ModelsError.numerical(.notPositiveDefinite(order: order))
        }
        let covariance: Matrix
        do { covariance = try LAPACK.choleskyInverse(factor: factor) } catch let e as LinearAlgebraError {
            throw ModelsError.numerical(e)
        }

        var coefficients = newton.beta
        var correction = 0.0
        if classWeight == .balanced && intercept {
            let (u1, u0) = classTotals(y: y, weights: weights)
            correction = log(u1 / u0) - log(weightedRate / (1 - weightedRate))
            coefficients[0] += correction
        }
        let nullLogLikelihood = s1 * log(weightedRate) + s0 * log(1 - weightedRate)
        let statistics = Self.statistics(logLikelihood: newton.current.logLikelihood, null: nullLogLikelihood,
                                         coefficients: order, observations: used)
        let convergence = LogisticConvergence(
            iterations: newton.iterations, evaluations: newton.evaluations,
            maxAbsGradient: newton.current.gradient.map(abs).max() ?? 0, lastRelativeStep: newton.lastRelativeStep,
            converged: newton.converged)
        return LogisticRegressionResult(configuration: self, names: coefficientNames, coefficients: coefficients,
                                        covariance: covariance, interceptCorrection: correction,
                                        statistics: statistics, convergence: convergence,
                                        notes: notes(weights: weights, correction: correction, newton: newton))
    }

    /// Rows with positive weight, after checking the target and weights; throws at the first bad value.
    /// (Features are checked by the first pass over the data.)
    private func checkedData(x: Matrix, y: [Double], weights: [Double]?, names: [String]) throws -> Int {
        for (i, v) in y.enumerated() where v != 0 && v != 1 { throw ModelsError.nonBinaryTarget(row: i, value: v) }
        if let w = weights {
            for (i, v) in w.enumerated() where !(v.isFinite && v >= 0) {
                throw ModelsError.invalidWeight(row: i, value: v)
            }
        }
        var rows = 0, ones = 0
        for i in y.indices where weights.map({ $0[i] > 0 }) ?? true {
            rows += 1
            if y[i] == 1 { ones += 1 }
        }
        if ones == 0 || ones == rows {
            throw ModelsError.singleClass(value: ones == 0 ? 0 : 1, rows: rows)
        }
        return rows
    }

    /// The first NaN or infinite feature value, column by column.
    private static func firstNonFinite(_ x: Matrix, names: [String]) -> ModelsError? {
        for j in 0..<x.columns {
            if let i = (0..<x.rows).first(where: { !x[$0, j].isFinite }) {
                return ModelsError.nonFiniteValue(column: names[j], row: i)
            }
        }
        return nil
    }

    /// Sample weights times class weights; nil when every row weighs 1.
    private func combinedWeights(y: [Double], weights: [Double]?) -> [Double]? {
        guard classWeight == .balanced else { return weights }
        // scikit-learn's 'balanced': n / (2 · n_c) from the row counts, whatever the sample weights.
        let n = Double(y.count)
        let ones = y.reduce(0, +)
        let w1 = n / (2 * ones), w0 = n / (2 * (n - ones))
        return y.indices.map { i in (weights?[i] ?? 1) * (y[i] == 1 ? w1 : w0) }
    }

    /// Total weight of the target-1 and target-0 rows.
    private func classTotals(y: [Double], weights: [Double]?) -> (ones: Double, zeros: Double) {
        var s1 = 0.0, s0 = 0.0
        for i in y.indices {
            let w = weights?[i] ?? 1
            if y[i] == 1 { s1 += w } else { s0 += w }
        }
        return (s1, s0)
    }

    /// Throws `rankDeficient` (or `constantColumn`) when the information matrix at the start — `ZᵀWZ` with nearly
    /// uniform weights — is numerically singular, naming the columns a pivoted Cholesky leaves for last and the
    /// columns each is a combination of.
    private func checkRank(_ information: Matrix, names: [String]) throws {
        let n = information.rows
        let diagonal = information.diagonal
        let zero = (0..<n).filter { !(diagonal[$0] > 0) }
        if !zero.isEmpty {
            throw ModelsError.rankDeficient(rank: n - zero.count, columns: n, dependencies: zero.map {
                ColumnDependency(column: names[$0], combinationOf: [])
            })
        }
        // Scale to unit diagonal so that the tolerance reads as 1 − R² of a column on the others.
        var scaled = information
        let d = diagonal.map { 1 / $0.squareRoot() }
        for j in 0..<n { for i in 0..<n { scaled[i, j] *= d[i] * d[j] } }
        do {
            let pivoted = try PivotedCholesky(scaled, tolerance: Self.collinearityTolerance)
            guard pivoted.rank < n else { return }
            let dependencies = try (pivoted.rank..<n).map { k in
                ColumnDependency(column: names[pivoted.permutation[k]],
                                 combinationOf: try pivoted.combination(ofPivot: k).map { names[$0] })
            }
            if intercept, dependencies.count == 1, dependencies[0].combinationOf == ["intercept"] {
                throw ModelsError.constantColumn(name: dependencies[0].column)
            }
            throw ModelsError.rankDeficient(rank: pivoted.rank, columns: n, dependencies: dependencies)
        } catch let e as LinearAlgebraError {
            throw ModelsError.numerical(e)
        }
    }

    /// A column whose `1 − R²` on the others (weighted) is below this is treated as a linear combination of them:
    /// the normal equations would keep fewer than 5 significant digits.
    static let collinearityTolerance = 1e-11

    private func notes(weights: [Double]?, correction: Double, newton: NewtonIterations) -> [String] {
        var notes: [String] = []
        if !newton.converged {
            notes.append("did not converge in \(newton.iterations) iterations (last relative step "
                         + "\(SummaryFormat.significant(newton.lastRelativeStep, digits: 2))): estimates are not the maximum")
        }
        if l2 > 0 {
            notes.append("L2 penalty λ = \(SummaryFormat.significant(l2, digits: 6)) on the slopes (intercept "
                         + "unpenalised): standard errors, z and "
                         + "intervals come from the penalised Hessian; the log-likelihood is unpenalised")
        }
        if weights != nil {
            notes.append("sample weights are treated as frequency weights in the log-likelihood and standard errors")
        }
        if classWeight == .balanced {
            if intercept {
                notes.append("balanced class weights: the intercept is shifted by "
                             + "\(SummaryFormat.significant(correction, digits: 6)) (prior correction) "
                             + "so predicted probabilities match the observed class frequencies; the other figures "
                             + "are those of the weighted fit")
            } else {
                notes.append("balanced class weights without an intercept: predicted probabilities are NOT "
                             + "corrected and overstate the minority class")
            }
        }
        return notes
    }

    static func statistics(logLikelihood ll: Double, null ll0: Double, coefficients k: Int,
                           observations n: Int) -> LogisticFitStatistics {
        let lr = 2 * (ll - ll0)
        // The null model has one parameter (the intercept), also when the model has none, as in statsmodels.
        let df = k - 1
        let p = df == 0 ? Double.nan : (lr <= 0 ? 1 : ChiSquared(degreesOfFreedom: Double(df)).survival(lr))
        return LogisticFitStatistics(
            observations: n, logLikelihood: ll, nullLogLikelihood: ll0, pseudoRSquared: 1 - ll / ll0,
            likelihoodRatio: lr, likelihoodRatioDegreesOfFreedom: df, likelihoodRatioPValue: p,
            aic: -2 * ll + 2 * Double(k), bic: -2 * ll + Double(k) * log(Double(n)))
    }
}
