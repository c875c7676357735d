import Testing
import LinearAlgebra
@testable import Models

/// Logistic fits against statsmodels (maximum likelihood) and scikit-learn (L2, class and sample weights) on two
/// public datasets; every reference value comes from Fixtures/Logistic/make_references.py.
@Suite struct LogisticRegressionReferenceTests {
    static let datasets = ["spector", "anes96"]
    /// The agreement the issue asks for.
    static let tolerance = 1e-6

    @Test(arguments: datasets)
    func maximumLikelihoodMatchesStatsmodels(dataset: String) throws {
        let data = try LogisticFixture.load(dataset)
        for reference in data.references.mle {
            let fit = try LogisticRegression(intercept: reference.intercept)
                .fit(x: data.x, y: data.y, names: data.names)
            #expect(fit.termNames == reference.names)
            #expect(fit.convergence.converged)
            let table = fit.coefficientTable()
            let pairs: [(String, [Double], [Double])] = [
                ("estimate", fit.coefficients, reference.estimate),
                ("std_error", fit.standardErrors, reference.std_error),
                ("z", table.map(\.statistic), reference.z),
                ("p_value", table.map(\.pValue), reference.p_value),
                ("ci_low", table.map(\.confidenceLow), reference.ci_low),
                ("ci_high", table.map(\.confidenceHigh), reference.ci_high),
            ]
            for (label, ours, theirs) in pairs {
                let difference = maxRelativeDifference(ours, theirs)
                print("statsmodels \(dataset) intercept=\(reference.intercept) \(label): max rel diff \(difference)")
                #expect(difference <= Self.tolerance, "\(label)")
            }
            let s = fit.statistics
            let scalars: [(String, Double, Double)] = [
                ("llf", s.logLikelihood, reference.log_likelihood),
                ("llnull", s.nullLogLikelihood, reference.null_log_likelihood),
                ("prsquared", s.pseudoRSquared, reference.pseudo_r2),
                ("llr", s.likelihoodRatio, reference.lr_statistic),
                ("llr_pvalue", s.likelihoodRatioPValue, reference.lr_p_value),
                ("aic", s.aic, reference.aic),
                ("bic", s.bic, reference.bic),
            ]
            for (label, ours, theirs) in scalars {
                #expect(relativeDifference(ours, theirs) <= Self.tolerance, "\(label): \(ours) vs \(theirs)")
            }
        }
    }

    @Test(arguments: datasets)
    func penalisedFitsMatchScikitLearn(dataset: String) throws {
        let data = try LogisticFixture.load(dataset)
        for reference in data.references.l2 {
            let fit = try LogisticRegression(l2: reference.lambda, intercept: reference.intercept)
                .fit(x: data.x, y: data.y, names: data.names)
            let estimate = maxRelativeDifference(fit.coefficients, reference.estimate)
            let error = maxRelativeDifference(fit.standardErrors, reference.std_error)
            print("sklearn \(dataset) λ=\(reference.lambda) intercept=\(reference.intercept): "
                  + "estimate \(estimate), penalised std_error \(error)")
            #expect(estimate <= Self.tolerance)
            #expect(error <= Self.tolerance)
            #expect(fit.penalisedStandardErrors)
        }
    }

    @Test(arguments: datasets)
    func balancedClassWeightsMatchScikitLearnBeforeCorrection(dataset: String) throws {
        let data = try LogisticFixture.load(dataset)
        for reference in data.references.balanced {
            let fit = try LogisticRegression(l2: reference.lambda, classWeight: .balanced)
                .fit(x: data.x, y: data.y, names: data.names)
            var asFitted = fit.coefficients
            asFitted[0] -= fit.interceptCorrection
            let estimate = maxRelativeDifference(asFitted, reference.estimate)
            let error = maxRelativeDifference(fit.standardErrors, reference.std_error)
            print("sklearn balanced \(dataset) λ=\(reference.lambda): estimate \(estimate), std_error \(error)")
            #expect(estimate <= Self.tolerance)
            #expect(error <= Self.tolerance)
        }
    }

    @Test(arguments: datasets)
    func sampleWeightsMatchScikitLearn(dataset: String) throws {
        let data = try LogisticFixture.load(dataset)
        // The weights make_references.py used: 1 + (row index mod 3).
        let weights = (0..<data.y.count).map { 1 + Double($0 % 3) }
        for reference in data.references.weighted {
            let fit = try LogisticRegression(l2: reference.lambda)
                .fit(x: data.x, y: data.y, weights: weights, names: data.names)
            let estimate = maxRelativeDifference(fit.coefficients, reference.estimate)
            let error = maxRelativeDifference(fit.standardErrors, reference.std_error)
            print("sklearn weighted \(dataset) λ=\(reference.lambda): estimate \(estimate), std_error \(error)")
            #expect(estimate <= Self.tolerance)
            #expect(error <= Self.tolerance)
        }
    }
}
