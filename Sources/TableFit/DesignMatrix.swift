import Ingest
import LinearAlgebra
import Models

/// A regression design built from a generic CSV table: numeric columns as they are, text columns as one-hot
/// dummies, and the target as numbers.
///
/// Column typing rule: among a column's non-missing values, if every value parses as a finite number the column is
/// numeric; if at most half do, it is categorical (its values are levels, numbers included); in between it is a
/// numeric column with stray text, and the first non-number is reported with its file, line and column.
/// Levels are sorted by Unicode scalar values; with an intercept the first level is dropped (it is the reference),
/// and each dummy is named `column=level`. A text column with (nearly) one level per row — at least 90% of the
/// rows, and 3 or more levels — is like an id: its dummies would fit each row by itself, so it is left out
/// (`leftOut`, said as a warning) unless named in `keep`. A missing value is an empty or whitespace-only field: the first one is
/// reported (file, line, column) unless `dropMissing` is set, in which case such rows are skipped and counted.
public struct DesignMatrix: Sendable {
    /// Predictors, one row per kept data row, one column per `names` entry (intercept not included).
    public let x: Matrix
    public let names: [String]
    /// The target, as numbers (0/1 for a binary target).
    public let y: [Double]
    public let targetName: String
    /// How each source column was encoded, in design order.
    public let columns: [DesignColumn]
    /// The file line of each kept row.
    public let lines: [Int]
    /// Rows skipped for missing values (always 0 without `dropMissing`).
    public let droppedRows: Int
    /// Id-like text columns left out, with their number of levels.
    public let leftOut: [(name: String, levels: Int)]

    /// Builds the design. Throws `ModelsError.unknownColumns` (listing the header) for an unknown target or
    /// feature, `ModelsError.noDataRows` when no rows are left, `IngestError.invalidValue` (file, line, column,
    /// expected, found) for a missing value, a non-number in a numeric column or a bad binary target,
    /// `ModelsError.constantColumn` for a column with one value, and `ModelsError.invalidConfiguration` for
    /// contradictory options.
    public static func build(from table: CSVTable, options: DesignMatrixOptions) throws -> DesignMatrix {
        guard let targetIndex = table.columnIndex(options.target) else {
            throw ModelsError.unknownColumns(file: table.path, missing: [options.target], found: table.header)
        }
        let selected = try selectFeatures(table: table, options: options, targetIndex: targetIndex)
        let leftOut = selected.compactMap { j in
            options.keep.contains(table.header[j]) ? nil : idLikeLevels(table: table, column: j).map { (j, $0) }
        }
        let featureIndices = selected.filter { j in !leftOut.contains { $0.0 == j } }
        guard !featureIndices.isEmpty else {
            throw ModelsError.invalidConfiguration(parameter: "features", value: "(none left)",
                                                   expected: "at least one predictor column besides the target and "
                                                       + "id-like text columns (--keep COLUMN uses one)")
        }
        let used = [targetIndex] + featureIndices

        // Rows with a missing value in a used column: the first is an error, or all are dropped.
        var kept: [Int] = []
        kept.reserveCapacity(table.rows.count)
        for (r, row) in table.rows.enumerated() {
            if let j = used.first(where: { isMissing(row[$0]) }) {
                guard options.dropMissing else {
                    throw IngestError.invalidValue(table.location(row: r, column: j), expected: "a value",
                                                   found: "an empty field (pass --drop-missing to skip such rows)")
                }
                continue
            }
            kept.append(r)
        }
        guard !kept.isEmpty else {
            throw ModelsError.noDataRows(file: table.path, droppedForMissing: table.rows.count)
        }

        let y = try kept.map { r -> Double in
            let text = table.rows[r][targetIndex]
            let value = options.targetKind == .numeric ? number(text) : binary(text)
            guard let v = value else {
                throw IngestError.invalidValue(table.location(row: r, column: targetIndex),
                                               expected: options.targetKind == .numeric
                                                   ? "a number (the target of a linear regression)"
                                                   : "a binary target: 0/1, yes/no or true/false",
                                               found: CSVText.quoted(text))
            }
            return v
        }

        var columns: [DesignColumn] = []
        var data: [[Double]] = []
        for j in featureIndices {
            let (column, values) = try encode(table: table, column: j, rows: kept, intercept: options.intercept)
            columns.append(column)
            data.append(contentsOf: values)
        }
        let names = columns.flatMap { $0.designNames }
        return DesignMatrix(x: Matrix(rows: kept.count, columns: data.count, columnMajor: data.flatMap { $0 }),
                            names: names, y: y, targetName: options.target, columns: columns,
                            lines: kept.map { table.lines[$0] }, droppedRows: table.rows.count - kept.count,
                            leftOut: leftOut.map { (table.header[$0.0], $0.1) })
    }

    /// The number of levels of column `j` when it is an id-like text column (see the type's rule), else nil.
    static func idLikeLevels(table: CSVTable, column j: Int) -> Int? {
        let values = table.rows.map { trimmed($0[j]) }.filter { !$0.isEmpty }
        let numbers = values.reduce(0) { $0 + (number($1) == nil ? 0 : 1) }
        guard 2 * numbers <= values.count else { return nil }  // a numeric column
        let levels = Set(values).count
        return levels >= 3 && levels * 10 >= values.count * 9 ? levels : nil
    }

    /// The warnings a report prints about this design: each id-like column left out.
    public var warnings: [String] {
        leftOut.map {
            "column \($0.name) has \($0.levels) different values in \(lines.count + droppedRows) rows, like an id: "
                + "left out (--keep \($0.name) uses it)"
        }
    }

    /// `error` from a fit, with too few observations explained by the text column that makes the most dummies.
    func explained(_ error: Error) -> Error {
        guard let models = error as? ModelsError, case .tooFewObservations(let n, let p) = models else { return error }
        let largest = columns.compactMap { c -> (String, Int)? in
            if case .categorical(let name, _, let encoded) = c { return (name, encoded.count) }
            return nil
        }.max { $0.1 < $1.1 }
        let named = largest.flatMap { $0.1 * 2 >= p ? $0 : nil }
        return TableFitError.tooFewObservations(rows: n, parameters: p, largest: named?.0, dummies: named?.1 ?? 0)
    }

    /// The predictor columns: `features` (validated) or every column but the target, minus `exclude`.
    static func selectFeatures(table: CSVTable, options: DesignMatrixOptions, targetIndex: Int) throws -> [Int] {
        let asked = (options.features ?? []) + options.exclude
        let unknown = asked.filter { table.columnIndex($0) == nil }
        if !unknown.isEmpty {
            throw ModelsError.unknownColumns(file: table.path, missing: unknown, found: table.header)
        }
        if options.features?.contains(options.target) == true {
            throw ModelsError.invalidConfiguration(parameter: "features", value: options.target,
                                                   expected: "predictor columns other than the target")
        }
        let names = options.features ?? table.header.filter { $0 != options.target }
        let indices = names.filter { !options.exclude.contains($0) }.map { table.columnIndex($0)! }
        guard !indices.isEmpty else {
            throw ModelsError.invalidConfiguration(parameter: "features", value: "(none left)",
                                                   expected: "at least one predictor column besides the target")
        }
        return indices
    }

    /// Encodes one source column over the kept rows: numeric as is, text as dummies (see the type's rule).
    static func encode(table: CSVTable, column j: Int, rows: [Int], intercept: Bool) throws
        -> (DesignColumn, [[Double]]) {
        let name = table.header[j]
        let numbers = rows.map { number(table.rows[$0][j]) }
        let parsed = numbers.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        if parsed == rows.count {
            let values = numbers.map { $0! }
            if values.allSatisfy({ $0 == values[0] }) { throw ModelsError.constantColumn(name: name) }
            return (.numeric(name: name), [values])
        }
        if 2 * parsed > rows.count {
            let k = numbers.firstIndex { $0 == nil }!
            throw IngestError.invalidValue(
                table.location(row: rows[k], column: j),
                expected: "a number (\(parsed) of \(rows.count) values in this column are numbers)",
                found: CSVText.quoted(table.rows[rows[k]][j]))
        }
        let texts = rows.map { trimmed(table.rows[$0][j]) }
        let levels = Set(texts).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        if levels.count < 2 { throw ModelsError.constantColumn(name: name) }
        let encoded = intercept ? Array(levels.dropFirst()) : levels
        let values = encoded.map { level in texts.map { $0 == level ? 1.0 : 0.0 } }
        return (.categorical(name: name, levels: levels, encodedLevels: encoded), values)
    }

    /// A finite number (surrounding spaces and tabs ignored), or nil.
    static func number(_ text: String) -> Double? {
        guard let v = Double(trimmed(text)), v.isFinite else { return nil }
        return v
    }

    /// 1 for 1/yes/true and 0 for 0/no/false (any case, spaces ignored; a number equal to 0 or 1 such as `1.0`
    /// counts too), or nil.
    static func binary(_ text: String) -> Double? {
        switch trimmed(text).lowercased() {
        case "1", "yes", "true": return 1
        case "0", "no", "false": return 0
        default:
            guard let v = number(text), v == 0 || v == 1 else { return nil }
            return v
        }
    }

    static func isMissing(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
    }

    static func trimmed(_ text: String) -> String {
        var t = Substring(text)
        while let c = t.first, c == " " || c == "\t" { t.removeFirst() }
        while let c = t.last, c == " " || c == "\t" { t.removeLast() }
        return String(t)
    }
}
