import Foundation
import Testing
import LinearAlgebra
@testable import Models

/// Balanced class weights and the prior correction of the intercept.
@Suite struct LogisticRegressionClassWeightTests {
    /// With balanced weights and no sample weights the correction is exactly log(n₁/n₀): the weighted classes are
    /// 50/50 (logit 0), the observed rate is n₁/n.
    @Test func correctionIsLogOfTheClassRatio() throws {
        let data = try LogisticFixture.load("anes96")
        let fit = try LogisticRegression(classWeight: .balanced).fit(x: data.x, y: data.y, names: data.names)
        let ones = data.y.reduce(0, +), zeros = Double(data.y.count) - ones
        #expect(abs(fit.interceptCorrection - log(ones / zeros)) < 1e-12)
        #expect(fit.notes.contains { $0.contains("prior correction") })
        let unweighted = try LogisticRegression().fit(x: data.x, y: data.y, names: data.names)
        #expect(unweighted.interceptCorrection == 0)
    }

    /// Planted truth, 12% positives: the corrected balanced fit predicts probabilities on the population's scale
    /// (mean close to the observed rate, intercept close to the planted −2.5) while the uncorrected weighted
    /// model overstates them.
    @Test func correctedProbabilitiesStayHonest() throws {
        let data = PlantedLogistic(rows: 60_000, intercept: -2.5, slopes: [1.0, 0.5], seed: 19)
        let rate = data.y.reduce(0, +) / Double(data.y.count)
        let balanced = try LogisticRegression(classWeight: .balanced).fit(x: data.x, y: data.y, names: ["a", "b"])
        let meanCorrected = balanced.predictProbability(x: data.x).reduce(0, +) / Double(data.y.count)
        #expect(abs(meanCorrected - rate) < 0.01)
        #expect(abs(balanced.coefficients[0] - -2.5) < 0.1)
        #expect(abs(balanced.coefficients[1] - 1.0) < 0.1 && abs(balanced.coefficients[2] - 0.5) < 0.1)

        // The same model without the shift: mean probability far above the rate.
        var uncorrected = balanced.coefficients
        uncorrected[0] -= balanced.interceptCorrection
        let eta = BLAS.gemv(data.x, Array(uncorrected[1...])).map { $0 + uncorrected[0] }
        let meanUncorrected = eta.map { 1 / (1 + exp(-$0)) }.reduce(0, +) / Double(data.y.count)
        #expect(meanUncorrected > rate + 0.2)
    }

    @Test func withSampleWeightsTheCorrectionUsesTheWeightedRate() throws {
        let data = try LogisticFixture.load("spector")
        let weights = (0..<data.y.count).map { 1 + Double($0 % 3) }
        let fit = try LogisticRegression(classWeight: .balanced)
            .fit(x: data.x, y: data.y, weights: weights, names: data.names)
        // π from the sample weights; π_w from sample × class weights (n/(2 n_c)).
        var u1 = 0.0, u0 = 0.0, s1 = 0.0, s0 = 0.0
        let n = Double(data.y.count), n1 = data.y.reduce(0, +)
        for i in data.y.indices {
            if data.y[i] == 1 { u1 += weights[i]; s1 += weights[i] * n / (2 * n1) }
            else { u0 += weights[i]; s0 += weights[i] * n / (2 * (n - n1)) }
        }
        #expect(abs(fit.interceptCorrection - (log(u1 / u0) - log(s1 / s0))) < 1e-12)
    }

    @Test func withoutInterceptTheOutputSaysProbabilitiesAreNotCorrected() throws {
        let data = try LogisticFixture.load("spector")
        let fit = try LogisticRegression(classWeight: .balanced, intercept: false)
            .fit(x: data.x, y: data.y, names: data.names)
        #expect(fit.interceptCorrection == 0)
        #expect(fit.notes.contains { $0.contains("NOT corrected") })
    }
}
