import Foundation
import Testing
import Ingest
import Models
import Support
@testable import TableFit

/// `LinearFit` on a planted model: y = 2 + 3a − b + 1.5·[g = "y"] + ε, ε ~ N(0, 0.5²), 400 rows.
@Suite struct LinearFitTests {
    static func plantedTable() -> CSVTable {
        var rng = SplitMix64(seed: 42)
        func uniform() -> Double { rng.unit() }
        var rows: [[String]] = []
        for _ in 0..<400 {
            let a = uniform() * 4, b = uniform() * 10 - 5
            let g = uniform() < 0.5 ? "x" : "y"
            let noise = 0.5 * (-2 * log(max(uniform(), 1e-300))).squareRoot() * cos(2 * Double.pi * uniform())
            let y = 2 + 3 * a - b + (g == "y" ? 1.5 : 0) + noise
            rows.append([String(a), String(b), g, String(y)])
        }
        return CSVTable(path: "planted.csv", header: ["a", "b", "g", "y"], rows: rows, lines: Array(2..<402))
    }

    @Test func recoversThePlantedModelAndCrossValidates() throws {
        let job = LinearFit(design: DesignMatrixOptions(target: "y"), model: LinearRegression(), crossValidationFolds: 5)
        let report = try job.run(table: Self.plantedTable())
        let r = report.result
        #expect(r.termNames == ["intercept", "a", "b", "g=y"])
        let truth = [2.0, 3, -1, 1.5]
        let table = r.coefficientTable()
        for j in truth.indices {
            // Each true value lies within four standard errors of its estimate.
            #expect(abs(table[j].estimate - truth[j]) < 4 * table[j].standardError, "\(table[j].name)")
        }
        #expect(abs(r.residualStandardError - 0.5) < 0.05)
        // Held-out RMSE estimates the noise level: between 0.4 and 0.6 in every fold.
        let cv = try #require(report.crossValidation)
        #expect(cv.folds.count == 5 && cv.folds.allSatisfy { $0.value > 0.4 && $0.value < 0.6 })
        #expect(cv.folds.map(\.testRows).reduce(0, +) == 400)
        let text = report.text()
        #expect(text.contains("OLS Regression Results") && text.contains("5-fold cross-validation") && text.contains("mean:"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        #expect((json["cv"] as? [String: Any])?["k"] as? Int == 5)
    }

    @Test func tooManyFoldsIsAUsageError() throws {
        let small = CSVTable(path: "s.csv", header: ["a", "y"], rows: [["1", "2"], ["2", "3"], ["3", "5"], ["4", "4"]],
                             lines: [2, 3, 4, 5])
        let job = LinearFit(design: DesignMatrixOptions(target: "y"), model: LinearRegression(), crossValidationFolds: 9)
        let error = #expect(throws: ModelsError.self) { try job.run(table: small) }
        #expect(error?.exitCode == .usage)
    }
}
