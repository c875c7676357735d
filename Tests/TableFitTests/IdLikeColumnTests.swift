import Testing
import Ingest
import LinearAlgebra
import Models
import Support
@testable import TableFit

/// A text column with (nearly) one level per row — an account id — is left out of the design with a warning, unless
/// kept; kept, its dummies outnumber the rows and the error names it and the fix (issue 12).
@Suite struct IdLikeColumnTests {
    /// Ten rows, y = 1 + 2a exactly (hand-made); `account` has ten levels, `region` two, `code` nine of ten rows
    /// distinct (90%: still an id), `seats` is numeric.
    func table() -> CSVTable {
        let rows = (1...10).map { i in
            ["A\(i)", i % 2 == 0 ? "north" : "south", i == 10 ? "K1" : "K\(i)", "\(i)", "\(1 + 2 * i)"]
        }
        return CSVTable(path: "t.csv", header: ["account", "region", "code", "a", "y"], rows: rows,
                        lines: Array(2..<12))
    }

    @Test func idLikeTextColumnsAreLeftOutAndNamed() throws {
        let d = try DesignMatrix.build(from: table(), options: DesignMatrixOptions(target: "y"))
        #expect(d.names == ["region=south", "a"])
        #expect(d.leftOut.map(\.name) == ["account", "code"])
        #expect(d.leftOut.map(\.levels) == [10, 9])
        #expect(d.warnings == ["column account has 10 different values in 10 rows, like an id: left out (--keep account uses it)",
                               "column code has 9 different values in 10 rows, like an id: left out (--keep code uses it)"])
    }

    @Test func keepUsesTheColumnAndTooFewObservationsNamesIt() throws {
        let options = DesignMatrixOptions(target: "y", exclude: ["code"], keep: ["account"])
        let d = try DesignMatrix.build(from: table(), options: options)
        #expect(d.leftOut.isEmpty)
        #expect(d.names.count == 9 + 1 + 1)  // account: 10 levels − reference; region=south; a
        let fit = LinearFit(design: options, model: LinearRegression(intercept: true, ridge: 0))
        let error = #expect(throws: TableFitError.self) { try fit.run(table: table()) }
        // 10 rows; intercept + 9 account dummies + region + a = 12 parameters.
        #expect(error == .tooFewObservations(rows: 10, parameters: 12, largest: "account", dummies: 9))
        #expect(error?.description.contains("leave it out with --exclude account") == true)
        #expect(error?.exitCode == .dataError)
    }

    @Test func aColumnWithRepeatedLevelsStays() throws {
        // region: 2 levels in 10 rows; a numeric column of distinct values is never an id here.
        let d = try DesignMatrix.build(from: table(), options: DesignMatrixOptions(target: "y", features: ["region", "a"]))
        #expect(d.leftOut.isEmpty && d.names == ["region=south", "a"])
    }
}
