import Foundation

extension LinearRegressionResult {
    /// The statsmodels-style summary table (`OLS Regression Results`), with notes on ridge standard errors and on
    /// ill-conditioning; estimates are shown to no more significant digits than `reliableDigits`.
    public func summary(target: String = "y", level: Double = 0.95) -> RegressionSummary {
        let ridge = configuration.ridge > 0
        let uncentred = configuration.intercept ? "" : " (uncentered)"
        let left: [RegressionSummary.Field] = [
            .init("Dep. Variable", target),
            .init("Model", ridge ? "Ridge" : "OLS"),
            .init("Method", ridge ? "Penalised Least Squares" : "Least Squares"),
            .init("No. Observations", "\(observations)"),
            .init("Df Residuals", "\(residualDegreesOfFreedom)"),
            .init("Df Model", "\(modelDegreesOfFreedom)"),
            .init("Covariance Type", ridge ? "penalised" : "nonrobust"),
        ] + (ridge ? [.init("Ridge λ", SummaryFormat.significant(configuration.ridge, digits: 6))] : [])
        let right: [RegressionSummary.Field] = [
            .init("R-squared\(uncentred)", SummaryFormat.fixed(rSquared, decimals: 3)),
            .init("Adj. R-squared\(uncentred)", SummaryFormat.fixed(adjustedRSquared, decimals: 3)),
            .init("F-statistic", SummaryFormat.significant(fStatistic, digits: 4)),
            .init("Prob (F-statistic)", SummaryFormat.significant(fPValue, digits: 3)),
            .init("Log-Likelihood", SummaryFormat.significant(logLikelihood, digits: 5)),
            .init("AIC", SummaryFormat.significant(aic, digits: 4)),
            .init("BIC", SummaryFormat.significant(bic, digits: 4)),
            .init("Resid. Std. Err.", SummaryFormat.significant(residualStandardError, digits: 4)),
        ]
        var notes = ["Standard errors assume that the covariance matrix of the errors is correctly specified."]
        if ridge {
            notes.append("Ridge (λ = \(SummaryFormat.significant(configuration.ridge, digits: 6)), intercept not penalised): "
                + "standard errors come from the penalised Hessian (XᵀX + λI)⁻¹; estimates are shrunk towards 0, "
                + "so p-values and intervals are approximate.")
        }
        let digits = min(6, max(1, reliableDigits))
        if reliableDigits < Self.warningDigits {
            notes.append("The design is ill-conditioned (condition number \(SummaryFormat.significant(conditionNumber, digits: 2)) "
                + "after column scaling): only about \(reliableDigits) significant digits of the estimates and "
                + "standard errors can be vouched for, and only those are shown. Consider rescaling or centring "
                + "predictors, or dropping nearly collinear ones.")
        }
        return RegressionSummary(title: ridge ? "Ridge Regression Results" : "OLS Regression Results",
                                 leftFields: left, rightFields: right, coefficients: coefficientTable(level: level),
                                 statisticName: "t", confidenceLevel: level, significantDigits: digits, notes: notes)
    }

    /// The fit statistics under self-explanatory JSON keys (`r_squared`, `f_statistic`, `aic`, …), for `--json`.
    public var fitStatistics: LinearFitStatistics { LinearFitStatistics(self) }
}
