import Features
import LinearAlgebra

/// Turns a feature table into the standardised design matrix the models are fitted on (no intercept column:
/// the models add their own).
enum DesignMatrix {
    static func standardised(table: FeatureTable, scaler: FeatureScaler, columns: [Int]) -> Matrix {
        Matrix(rows: table.rowCount, columns: columns.count,
               columnMajor: scaler.transform(table.values, rows: table.rowCount, selected: columns))
    }
}
