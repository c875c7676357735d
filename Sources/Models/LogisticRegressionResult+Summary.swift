extension LogisticRegressionResult {
    /// The statsmodels-style summary table (`Logit Regression Results`), with the fit's notes under it
    /// (penalised standard errors, weights, intercept correction, non-convergence).
    public func summary(target: String = "y", level: Double = 0.95) -> RegressionSummary {
        let penalised = configuration.l2 > 0
        let s = statistics
        let left: [RegressionSummary.Field] = [
            .init("Dep. Variable", target),
            .init("Model", "Logit"),
            .init("Method", penalised ? "Penalised MLE (L2)" : "MLE"),
            .init("No. Observations", "\(s.observations)"),
            .init("Df Residuals", "\(s.observations - coefficients.count)"),
            .init("Df Model", "\(s.likelihoodRatioDegreesOfFreedom)"),
            .init("Covariance Type", penalised ? "penalised" : "nonrobust"),
            .init("converged", convergence.converged ? "True" : "False"),
            .init("Iterations", "\(convergence.iterations)"),
        ] + (penalised ? [.init("L2 λ", SummaryFormat.significant(configuration.l2, digits: 6))] : [])
        let right: [RegressionSummary.Field] = [
            .init("Pseudo R-squ.", SummaryFormat.fixed(s.pseudoRSquared, decimals: 4)),
            .init("Log-Likelihood", SummaryFormat.significant(s.logLikelihood, digits: 6)),
            .init("LL-Null", SummaryFormat.significant(s.nullLogLikelihood, digits: 6)),
            .init("LLR statistic", SummaryFormat.significant(s.likelihoodRatio, digits: 5)),
            .init("LLR p-value", SummaryFormat.significant(s.likelihoodRatioPValue, digits: 4)),
            .init("AIC", SummaryFormat.significant(s.aic, digits: 6)),
            .init("BIC", SummaryFormat.significant(s.bic, digits: 6)),
            .init("Max |gradient|", SummaryFormat.significant(convergence.maxAbsGradient, digits: 2)),
        ]
        return RegressionSummary(title: "Logit Regression Results", leftFields: left, rightFields: right,
                                 coefficients: coefficientTable(level: level), statisticName: "z",
                                 confidenceLevel: level, notes: notes)
    }
}
