import Testing
import LinearAlgebra
import Support
@testable import Models

/// Separated classes: the unpenalised MLE is infinite and the error names the separating columns;
/// with an L2 penalty the answer is finite.
@Suite struct LogisticRegressionSeparationTests {
    /// `hours` separates completely (≤ 3 → 0, ≥ 4 → 1); `noise` does not.
    static let complete = (x: Matrix(columns: [[1, 2, 3, 4, 5, 6, 2.5, 5.5], [0.3, -1, 0.8, 0.1, -0.4, 0.9, 0.2, -0.7]]),
                           y: [0, 0, 0, 1, 1, 1, 0, 1] as [Double], names: ["hours", "noise"])

    @Test func completeSeparationByOneColumnIsNamed() {
        let data = Self.complete
        do {
            _ = try LogisticRegression().fit(x: data.x, y: data.y, names: data.names)
            Issue.record("expected a separation error")
        } catch let error as ModelsError {
            #expect(error.exitCode == .dataError)
            guard case .separation(let separation) = error else { Issue.record("unexpected \(error)"); return }
            #expect(separation.columns == [SeparatingColumn(name: "hours", complete: true, targetOneAbove: true,
                                                            lowerClassMaximum: 3, upperClassMinimum: 4)])
            #expect(error.description.contains("'hours'") && !error.description.contains("'noise'"))
            #expect(error.description.contains("--l2"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func penaltyGivesAFiniteAnswer() throws {
        let data = Self.complete
        let fit = try LogisticRegression(l2: 1).fit(x: data.x, y: data.y, names: data.names)
        #expect(fit.convergence.converged)
        #expect(fit.coefficients.allSatisfy { $0.isFinite && abs($0) < 100 })
        #expect(fit.standardErrors.allSatisfy { $0.isFinite && $0 > 0 })
        #expect(fit.coefficients[1] > 0)  // hours pushes towards class 1
    }

    @Test func quasiCompleteSeparationByADummyIsNamed() {
        // Every row with promo = 1 churned; rows with promo = 0 have both outcomes.
        let promo: [Double] = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
        let age: [Double] = [30, 41, 25, 33, 52, 47, 29, 38, 44, 36]
        let y: [Double] = [1, 1, 1, 1, 0, 0, 1, 0, 1, 0]
        do {
            _ = try LogisticRegression().fit(x: Matrix(columns: [age, promo]), y: y, names: ["age", "promo"])
            Issue.record("expected a separation error")
        } catch let error as ModelsError {
            guard case .separation(let separation) = error else { Issue.record("unexpected \(error)"); return }
            #expect(separation.columns.map(\.name) == ["promo"])
            #expect(separation.columns.first?.complete == false)
            #expect(error.description.contains("quasi-complete"))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func separationByACombinationNamesTheDivergingColumns() {
        // y = 1 exactly when a + b > 0; neither a nor b alone separates.
        let a: [Double] = [-2, -1, 0.5, 1, 2, -0.5, 1.5, -1.5, 0.2, -0.3, 0.8, -0.9]
        let b: [Double] = [1, 2, -1, 0.5, -1, 1, -2, 2.5, 0.3, -0.2, 0.1, 0.4]
        let c: [Double] = [0.1, 0.7, 0.2, 0.9, 0.4, 0.3, 0.8, 0.5, 0.6, 0.1, 0.2, 0.9]
        let y = zip(a, b).map { $0 + $1 > 0 ? 1.0 : 0.0 }
        do {
            _ = try LogisticRegression().fit(x: Matrix(columns: [a, b, c]), y: y, names: ["a", "b", "c"])
            Issue.record("expected a separation error")
        } catch let error as ModelsError {
            guard case .separation(let separation) = error else { Issue.record("unexpected \(error)"); return }
            #expect(separation.columns.isEmpty)
            #expect(Set(separation.diverging).isSuperset(of: ["a", "b"]))
            #expect(separation.saturatedRows > 0)
            #expect(error.description.contains("combination"))
        } catch { Issue.record("unexpected \(error)") }
        #expect(throws: Never.self) {
            try LogisticRegression(l2: 1).fit(x: Matrix(columns: [a, b, c]), y: y, names: ["a", "b", "c"])
        }
    }

    @Test func withoutInterceptTheBoundaryIsZero() {
        // Negative values are all 0, positive all 1: separated through the origin.
        let x = Matrix(columns: [[-3, -1, -2, 1, 2, 4]])
        let y: [Double] = [0, 0, 0, 1, 1, 1]
        #expect(throws: ModelsError.self) {
            try LogisticRegression(intercept: false).fit(x: x, y: y, names: ["v"])
        }
        // Shifted away from the origin it is not separated without an intercept… but it is with one.
        let shifted = Matrix(columns: [[7, 9, 8, 11, 12, 14]])
        let found = SeparationCheck.separatingColumns(x: shifted, y: y, weights: nil, names: ["v"], intercept: false)
        #expect(found.isEmpty)
        let withIntercept = SeparationCheck.separatingColumns(x: shifted, y: y, weights: nil, names: ["v"],
                                                             intercept: true)
        #expect(withIntercept.map(\.name) == ["v"])
    }

    @Test func zeroWeightRowsDoNotCountForSeparation() {
        // The only overlapping row has weight 0, so hours separates the rows that count.
        let x = Matrix(columns: [[1, 2, 3, 4, 5, 6, 5.5]])
        let y: [Double] = [0, 0, 0, 1, 1, 1, 0]
        let found = SeparationCheck.separatingColumns(x: x, y: y, weights: [1, 1, 1, 1, 1, 1, 0], names: ["hours"],
                                                      intercept: true)
        #expect(found.map(\.name) == ["hours"])
        #expect(SeparationCheck.separatingColumns(x: x, y: y, weights: nil, names: ["hours"], intercept: true).isEmpty)
    }
}
