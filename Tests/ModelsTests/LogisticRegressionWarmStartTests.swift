import Foundation
import LinearAlgebra
import Models
import Testing

/// The warm start (`LogisticRegression.warmStart`, `fit(…, start:)`) is a fast path of the fit from zero: the same
/// maximum to the fit's tolerance, in fewer Newton iterations. The reference is the general path (the fit started
/// from zero) on data planted from a known model.
@Suite struct LogisticRegressionWarmStartTests {
    /// 40,000 rows from `P(y = 1) = σ(−1 + 1.5 x₁ − 2 x₂ + 0.5 x₃)`: strongly separated, so the fit from zero
    /// needs several iterations.
    static let data = PlantedLogistic(rows: 40_000, intercept: -1, slopes: [1.5, -2, 0.5], seed: 14)
    static let names = ["x1", "x2", "x3"]

    @Test(arguments: [ClassWeight.none, .balanced])
    func subsampleStartReachesTheSameMaximumInFewerIterations(classWeight: ClassWeight) throws {
        let model = LogisticRegression(l2: 2, classWeight: classWeight)
        let general = try model.fit(x: Self.data.x, y: Self.data.y, names: Self.names)
        // 2,000 rows: every 20th row, penalty scaled to 0.1.
        let start = try #require(model.warmStart(x: Self.data.x, y: Self.data.y, rows: 2_000))
        let fast = try model.fit(x: Self.data.x, y: Self.data.y, names: Self.names, start: start)
        for (a, b) in zip(fast.coefficients, general.coefficients) { #expect(abs(a - b) <= 1e-9 * max(1, abs(b))) }
        for (a, b) in zip(fast.standardErrors, general.standardErrors) { #expect(abs(a - b) <= 1e-9 * abs(b)) }
        #expect(abs(fast.statistics.logLikelihood - general.statistics.logLikelihood) <= 1e-9 * abs(general.statistics.logLikelihood))
        #expect(fast.convergence.converged)
        #expect(fast.convergence.evaluations < general.convergence.evaluations)
        // The start is near the answer: within 20% of each coefficient (sampling error of 2,000 rows).
        let uncorrected = general.coefficients[0] - general.interceptCorrection
        #expect(abs(start[0] - uncorrected) < 0.2 * abs(uncorrected))
        for j in 1..<start.count { #expect(abs(start[j] - general.coefficients[j]) < 0.2 * abs(general.coefficients[j])) }
    }

    @Test func noStartForSmallDesigns() {
        // Fewer than 8 × 2,000 rows: a full pass is cheap, the fit starts from zero.
        let small = PlantedLogistic(rows: 15_999, intercept: 0, slopes: [1], seed: 3)
        #expect(LogisticRegression(l2: 1).warmStart(x: small.x, y: small.y, rows: 2_000) == nil)
    }

    @Test func unpenalisedFitWithAStartStillChecksTheRank() throws {
        // A duplicated column: the fit from any start must report the dependency, as the general path does.
        let x = Self.data.x
        let columns = [x.column(0), x.column(1), x.column(0)]
        let duplicated = Matrix(columns: columns)
        let start = [-1.0, 1.5, -2, 0]
        #expect(throws: ModelsError.self) {
            try LogisticRegression().fit(x: duplicated, y: Self.data.y, names: ["a", "b", "c"], start: start)
        }
    }
}
