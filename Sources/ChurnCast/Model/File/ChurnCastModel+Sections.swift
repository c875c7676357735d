import Models

extension ChurnCastModel.ChurnSection {
    /// The churn section of a fitted logistic regression: its terms and fit statistics as the model file stores
    /// them, with the training base rate, risk bands and rule baseline.
    init(fit: LogisticRegressionResult, l2Choice: String, baseRate: Double, bands: RiskBands, rule: RuleBaseline) {
        self.init(l2: fit.configuration.l2, classWeight: fit.configuration.classWeight, l2Choice: l2Choice,
                  terms: fit.coefficientTable(), iterations: fit.convergence.iterations,
                  maxGradient: fit.convergence.maxAbsGradient, converged: fit.convergence.converged,
                  logLikelihood: fit.statistics.logLikelihood, nullLogLikelihood: fit.statistics.nullLogLikelihood,
                  pseudoR2: fit.statistics.pseudoRSquared, baseRate: baseRate, bands: bands,
                  penalisedStandardErrors: fit.penalisedStandardErrors, ruleFlaggedRate: rule.flaggedRate,
                  ruleUnflaggedRate: rule.unflaggedRate)
    }
}

extension ChurnCastModel.NPSSection {
    /// The score section of a fitted linear regression, with the promoter/detractor calibration of its fitted
    /// values.
    init(fit: LinearRegressionResult, calibration: ScoreCategoryCalibration) {
        self.init(ridge: fit.configuration.ridge, terms: fit.coefficientTable(),
                  residualStandardError: fit.residualStandardError, calibration: calibration,
                  rSquared: fit.rSquared, rows: fit.observations)
    }
}
