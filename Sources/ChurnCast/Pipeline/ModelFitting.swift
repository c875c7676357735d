import LinearAlgebra
import Models

/// The pipeline's two fits, each returning what the model file records; the models themselves come from `Models`.
enum ModelFitting {
    struct ChurnFit {
        var terms: [CoefficientEstimate]
        var iterations: Int
        var maxGradient: Double
        var converged: Bool
        var logLikelihood: Double
        var nullLogLikelihood: Double
        var pseudoR2: Double
        var predict: (Matrix) -> [Double]
    }

    struct ScoreFit {
        var terms: [CoefficientEstimate]
        var residualStandardError: Double
        var rSquared: Double
        var predict: (Matrix) -> [Double]
    }

    static func fitChurn(x: Matrix, y: [Double], names: [String]?, l2: Double, balanced: Bool) throws -> ChurnFit {
        let names = names ?? (0..<x.columns).map { "x\($0)" }
        let config = LogisticRegression(l2: l2, classWeight: balanced ? .balanced : .none)
        let r = try config.fit(x: x, y: y, names: names)
        return ChurnFit(terms: r.coefficientTable(), iterations: r.convergence.iterations,
                        maxGradient: r.convergence.maxAbsGradient, converged: r.convergence.converged,
                        logLikelihood: r.statistics.logLikelihood, nullLogLikelihood: r.statistics.nullLogLikelihood,
                        pseudoR2: r.statistics.pseudoRSquared, predict: { r.predictProbability(x: $0) })
    }

    static func fitScore(x: Matrix, y: [Double], names: [String], ridge: Double) throws -> ScoreFit {
        let r = try LinearRegression(intercept: true, ridge: ridge).fit(x: x, y: y, names: names)
        return ScoreFit(terms: r.coefficientTable(), residualStandardError: r.residualStandardError,
                        rSquared: r.rSquared, predict: { r.predict($0) })
    }
}
