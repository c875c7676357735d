import LinearAlgebra

/// Finds the columns that separate a binary target on their own: with an intercept, a threshold `c` with every
/// target-0 row on one side (`≤ c`) and every target-1 row on the other (`≥ c`); without one, the threshold is 0.
/// Such a column makes the unpenalised MLE infinite (the direction `(−c, eⱼ)` never lowers the likelihood).
/// Rows with zero weight are ignored; constant columns are collinearity, not separation, and are skipped.
/// - Complexity: O(rows · columns), one pass.
enum SeparationCheck {
    static func separatingColumns(x: Matrix, y: [Double], weights: [Double]?, names: [String],
                                  intercept: Bool) -> [SeparatingColumn] {
        var found: [SeparatingColumn] = []
        let n = x.rows
        x.withUnsafeBufferPointer { buffer in
            for j in 0..<x.columns {
                let column = buffer.baseAddress! + j * n
                var min0 = Double.infinity, max0 = -Double.infinity
                var min1 = Double.infinity, max1 = -Double.infinity
                for i in 0..<n {
                    if let w = weights, !(w[i] > 0) { continue }
                    let v = column[i]
                    if y[i] == 1 {
                        min1 = min(min1, v); max1 = max(max1, v)
                    } else {
                        min0 = min(min0, v); max0 = max(max0, v)
                    }
                }
                guard min0.isFinite, min1.isFinite else { continue }
                if min(min0, min1) == max(max0, max1) { continue }  // constant column
                if let s = separation(min0: min0, max0: max0, min1: min1, max1: max1, intercept: intercept) {
                    found.append(SeparatingColumn(name: names[j], complete: s.complete, targetOneAbove: s.up,
                                                  lowerClassMaximum: s.up ? max0 : max1,
                                                  upperClassMinimum: s.up ? min1 : min0))
                }
            }
        }
        return found
    }

    /// Whether target 1 lies above (`up`) or below target 0, and whether strictly.
    private static func separation(min0: Double, max0: Double, min1: Double, max1: Double,
                                   intercept: Bool) -> (up: Bool, complete: Bool)? {
        if intercept {
            if max0 <= min1 { return (true, max0 < min1) }
            if max1 <= min0 { return (false, max1 < min0) }
            return nil
        }
        // Without an intercept the boundary is x = 0.
        if max0 <= 0 && min1 >= 0 { return (true, max0 < 0 && min1 > 0) }
        if max1 <= 0 && min0 >= 0 { return (false, max1 < 0 && min0 > 0) }
        return nil
    }
}
