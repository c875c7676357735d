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
    /// - Complexity: O(rows · columns), two passes per column for accuracy.
    public init(fitting values: [Double], rows: Int, names: [String]) {
        precondition(values.count == rows * names.count, "table has \(values.count) values, expected \(rows * names.count)")
        var means = [Double](repeating: 0, count: names.count)
        var sds = [Double](repeating: 1, count: names.count)
        if rows > 0 {
            values.withUnsafeBufferPointer { v in
                for j in 0..<names.count {
                    let col = v[(j * rows)..<((j + 1) * rows)]
                    var sum = 0.0
                    for x in col { sum += x }
                    let mean = sum / Double(rows)
                    var ss = 0.0
                    for x in col { let d = x - mean; ss += d * d }
                    means[j] = mean
                    let sd = (ss / Double(rows)).squareRoot()
                    sds[j] = sd > 1e-12 * max(1, abs(mean)) ? sd : 0
                }
            }
        }
        self.init(names: names, means: means, standardDeviations: sds)
    }

    /// Columns whose training standard deviation is zero: they carry no information and are left out of the models.
    public var constantColumns: [Int] { standardDeviations.indices.filter { standardDeviations[$0] == 0 } }

    /// Standardises the columns `selected` of a column-major table into a new column-major buffer
    /// (`rows × selected.count`).
    public func transform(_ values: [Double], rows: Int, selected: [Int]) -> [Double] {
        precondition(values.count == rows * names.count, "table shape mismatch")
        var out = [Double](repeating: 0, count: rows * selected.count)
        values.withUnsafeBufferPointer { v in
            out.withUnsafeMutableBufferPointer { o in
                for (k, j) in selected.enumerated() {
                    let mean = means[j], inv = 1 / (standardDeviations[j] == 0 ? 1 : standardDeviations[j])
                    let src = j * rows, dst = k * rows
                    for i in 0..<rows { o[dst + i] = (v[src + i] - mean) * inv }
                }
            }
        }
        return out
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
}
