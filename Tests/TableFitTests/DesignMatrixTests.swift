import Testing
import Ingest
import Models
import Support
@testable import TableFit

/// Building a regression design from a generic CSV table: typing, one-hot coding, missing values, targets.
@Suite struct DesignMatrixTests {
    /// A table as `CSVTable.read` would return it; data rows start on line 2.
    func table(_ header: [String], _ rows: [[String]]) -> CSVTable {
        CSVTable(path: "t.csv", header: header, rows: rows, lines: Array(2..<(2 + rows.count)))
    }

    let sample: [[String]] = [
        ["1.5", "red", "10", "yes"], ["2", "blue", "11", "no"], ["3", "green", "9", "YES"],
        ["4.5", "blue", "12", "False"], ["5", "red", "8", "true"], ["6", "red", "13", "0"],
    ]

    @Test func numericAsIsAndTextAsSortedDummies() throws {
        let t = table(["size", "color", "y", "churned"], sample)
        let d = try DesignMatrix.build(from: t, options: DesignMatrixOptions(target: "y", exclude: ["churned"]))
        // Levels sorted: blue < green < red; blue is the dropped reference.
        #expect(d.names == ["size", "color=green", "color=red"])
        #expect(d.x.column(0) == [1.5, 2, 3, 4.5, 5, 6])
        #expect(d.x.column(1) == [0, 0, 1, 0, 0, 0])
        #expect(d.x.column(2) == [1, 0, 0, 0, 1, 1])
        #expect(d.y == [10, 11, 9, 12, 8, 13])
        #expect(d.columns[1] == .categorical(name: "color", levels: ["blue", "green", "red"], encodedLevels: ["green", "red"]))
        let noIntercept = try DesignMatrix.build(from: t, options: DesignMatrixOptions(
            target: "y", features: ["color"], intercept: false))
        #expect(noIntercept.names == ["color=blue", "color=green", "color=red"])
    }

    @Test func binaryTargetReadsYesNoTrueFalseAndRejectsAThirdValue() throws {
        var rows = sample
        let d = try DesignMatrix.build(from: table(["size", "color", "y", "churned"], rows),
                                       options: DesignMatrixOptions(target: "churned", targetKind: .binary))
        #expect(d.y == [1, 0, 1, 0, 1, 0])
        #expect(d.names == ["size", "color=green", "color=red", "y"])
        rows[3][3] = "maybe"
        #expect(throws: IngestError.invalidValue(SourceLocation(file: "t.csv", line: 5, column: 4, columnName: "churned"),
                                                 expected: "a binary target: 0/1, yes/no or true/false", found: "\"maybe\"")) {
            try DesignMatrix.build(from: table(["size", "color", "y", "churned"], rows),
                                   options: DesignMatrixOptions(target: "churned", targetKind: .binary))
        }
    }

    @Test func missingValueIsLocatedOrDropped() throws {
        var rows = sample
        rows[2][0] = "  "
        let t = table(["size", "color", "y", "churned"], rows)
        let error = #expect(throws: IngestError.self) {
            try DesignMatrix.build(from: t, options: DesignMatrixOptions(target: "y"))
        }
        #expect(error?.description.hasPrefix("t.csv, line 4, column 1 (size): expected a value") == true)
        let d = try DesignMatrix.build(from: t, options: DesignMatrixOptions(target: "y", dropMissing: true))
        #expect(d.droppedRows == 1 && d.y == [10, 11, 12, 8, 13] && d.lines == [2, 3, 5, 6, 7])
        // A blank in a column that is not used does not matter.
        let unused = try DesignMatrix.build(from: t, options: DesignMatrixOptions(target: "y", exclude: ["size"]))
        #expect(unused.droppedRows == 0 && unused.y.count == 6)
    }

    @Test func strayTextInANumericColumnIsReported() throws {
        var rows = sample
        rows[4][2] = "n/a"
        #expect(throws: IngestError.invalidValue(SourceLocation(file: "t.csv", line: 6, column: 3, columnName: "y"),
                                                 expected: "a number (the target of a linear regression)", found: "\"n/a\"")) {
            try DesignMatrix.build(from: table(["size", "color", "y", "churned"], rows), options: DesignMatrixOptions(target: "y"))
        }
        rows = sample
        rows[1][0] = "big"
        let error = #expect(throws: IngestError.self) {
            try DesignMatrix.build(from: table(["size", "color", "y", "churned"], rows), options: DesignMatrixOptions(target: "y"))
        }
        #expect(error?.description == "t.csv, line 3, column 1 (size): expected a number (5 of 6 values in this column are numbers), found \"big\"")
    }

    @Test func mostlyTextIsCategoricalEvenWithSomeNumbers() throws {
        let rows = [["S", "1"], ["M", "2"], ["10", "3"], ["S", "5"]]
        let d = try DesignMatrix.build(from: table(["size", "y"], rows), options: DesignMatrixOptions(target: "y"))
        #expect(d.names == ["size=M", "size=S"])   // "10" < "M" < "S": "10" is the reference
    }

    @Test func constantColumnsAndUnknownNamesAreErrors() throws {
        let rows = [["1", "a", "3"], ["2", "a", "4"], ["3", "a", "6"]]
        let t = table(["x", "k", "y"], rows)
        #expect(throws: ModelsError.constantColumn(name: "k")) {
            try DesignMatrix.build(from: t, options: DesignMatrixOptions(target: "y"))
        }
        #expect(throws: ModelsError.unknownColumns(file: "t.csv", missing: ["z"], found: ["x", "k", "y"])) {
            try DesignMatrix.build(from: t, options: DesignMatrixOptions(target: "z"))
        }
        #expect(throws: ModelsError.unknownColumns(file: "t.csv", missing: ["q"], found: ["x", "k", "y"])) {
            try DesignMatrix.build(from: t, options: DesignMatrixOptions(target: "y", exclude: ["q"]))
        }
        #expect(throws: ModelsError.self) {
            try DesignMatrix.build(from: t, options: DesignMatrixOptions(target: "y", features: ["y", "x"]))
        }
        let d = try DesignMatrix.build(from: t, options: DesignMatrixOptions(target: "y", features: ["x"]))
        #expect(d.names == ["x"])
    }
}
