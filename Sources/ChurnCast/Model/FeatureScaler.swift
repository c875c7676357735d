import Support

/// Standardises feature columns to mean 0 and standard deviation 1 with the training table's statistics,
/// so that L2 penalties treat features alike and coefficients are comparable ("standardised effects").
///
/// ```
/// z = (x − mean) / sd        (sd = 1 for a constant column, which is then dropped from the models)
/// ```
public struct FeatureScaler: Codable, Equatable, Sendable {
    public var names: [String]
    public var means: [Double]
    public var standardDeviations: [Double]

    public init(names: [String], means: [Double], standardDeviations: [Double]) {
        precondition(names.count == means.count && means.count == standardDeviations.count, "scaler shape mismatch")
        self.names = names
        self.means = means
        self.standardDeviations = standardDeviations
    }

    /// Learns means and (population) standard deviations from a column-major `rows × names.count` table.
    /// - Complexity: O(rows · columns), two passes per column for accuracy; columns split over threads.
    public init(fitting values: [Double], rows: Int, names: [String]) {
        precondition(values.count == rows * names.count, "table has \(values.count) values, expected \(rows * names.count)")
        var means = [Double](repeating: 0, count: names.count)
        var sds = [Double](repeating: 1, count: names.count)
        if rows > 0 {
            values.withUnsafeBufferPointer { v in
                means.withUnsafeMutableBufferPointer { meansOut in
                    sds.withUnsafeMutableBufferPointer { sdsOut in
                        let (m, s) = (meansOut.baseAddress!, sdsOut.baseAddress!)
                        Self.forEachColumn(names.count) { j in
                            let col = UnsafeBufferPointer(rebasing: v[(j * rows)..<((j + 1) * rows)])
                            var sum = 0.0
                            for x in col { sum += x }
                            let mean = sum / Double(rows)
                            var ss = 0.0
                            for x in col { let d = x - mean; ss += d * d }
                            m[j] = mean
                            let sd = (ss / Double(rows)).squareRoot()
                            s[j] = sd > 1e-12 * max(1, abs(mean)) ? sd : 0
                        }
                    }
                }
            }
        }
        self.init(names: names, means: means, standardDeviations: sds)
    }

    /// Runs `body` for every column index below `count`, the columns split over `CHURNCAST_THREADS` threads
    /// (columns are independent: the same result for any thread count).
    static func forEachColumn(_ count: Int, _ body: (Int) -> Void) { Parallelism.forEach(count, body) }

    /// `(values[column j] − mean) × inverse` for each selected column, into a new column-major buffer, written
    /// once (no zero fill first), columns split over threads.
    static func standardise(_ values: [Double], rows: Int, columns: [Int], means: [Double],
                            inverses: [Double]) -> [Double] {
        [Double](unsafeUninitializedCapacity: rows * columns.count) { out, initialized in
            let o = out.baseAddress!
            values.withUnsafeBufferPointer { v in
                forEachColumn(columns.count) { k in
                    let (mean, inv) = (means[k], inverses[k])
                    let src = columns[k] * rows, dst = k * rows
                    for i in 0..<rows { (o + dst + i).initialize(to: (v[src + i] - mean) * inv) }
                }
            }
            initialized = rows * columns.count
        }
    }

    /// Columns whose training standard deviation is zero: they carry no information and are left out of the models.
    public var constantColumns: [Int] { standardDeviations.indices.filter { standardDeviations[$0] == 0 } }

    /// Standardises the columns `selected` of a column-major table into a new column-major buffer
    /// (`rows × selected.count`).
    public func transform(_ values: [Double], rows: Int, selected: [Int]) -> [Double] {
        precondition(values.count == rows * names.count, "table shape mismatch")
        let (means, inverses) = factors(selected)
        return Self.standardise(values, rows: rows, columns: selected, means: means, inverses: inverses)
    }

    /// The means and inverse standard deviations (1 for a constant column) of the columns `selected`.
    func factors(_ selected: [Int]) -> (means: [Double], inverses: [Double]) {
        (selected.map { means[$0] },
         selected.map { 1 / (standardDeviations[$0] == 0 ? 1 : standardDeviations[$0]) })
    }
}

import Features
import LinearAlgebra

extension FeatureScaler {
    /// The standardised design matrix of `table`'s columns `selected` (no intercept column: the models add it).
    func design(_ table: FeatureTable, columns selected: [Int]) -> Matrix {
        Matrix(rows: table.rowCount, columns: selected.count,
               columnMajor: transform(table.values, rows: table.rowCount, selected: selected))
    }

    /// The same design, built in `table`'s own buffer, which it takes (leaving `table.values` empty): the
    /// training table is the largest allocation of `train`, and this way it is held once instead of twice.
    func design(consuming table: inout FeatureTable, columns selected: [Int]) -> Matrix {
        precondition(table.values.count == table.rowCount * names.count, "table shape mismatch")
        let (means, inverses) = factors(selected)
        return Self.design(consuming: &table, columns: selected, means: means, inverses: inverses)
    }

    /// `(values[column j] − mean) × inverse` for each selected column, in `table`'s own buffer, which it takes;
    /// the columns must be in increasing order (they are compacted downwards).
    static func design(consuming table: inout FeatureTable, columns selected: [Int], means: [Double],
                       inverses: [Double]) -> Matrix {
        precondition(zip(selected, selected.dropFirst()).allSatisfy { $0 < $1 }, "columns must be increasing")
        let rows = table.rowCount
        var values: [Double] = []
        swap(&values, &table.values)
        values.withUnsafeMutableBufferPointer { v in
            let base = v.baseAddress!
            forEachColumn(selected.count) { k in
                let column = base + selected[k] * rows
                let (mean, inv) = (means[k], inverses[k])
                for i in 0..<rows { column[i] = (column[i] - mean) * inv }
            }
            // Close the gaps left by unselected columns; selected[k] >= k, so no source is overwritten before use.
            for k in selected.indices where selected[k] != k {
                (base + k * rows).update(from: base + selected[k] * rows, count: rows)
            }
        }
        values.removeLast(values.count - rows * selected.count)
        return Matrix(rows: rows, columns: selected.count, columnMajor: values)
    }
}
