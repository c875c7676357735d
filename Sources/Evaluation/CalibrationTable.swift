/// How predictions are grouped into calibration bins.
public enum CalibrationBinning: String, Codable, Sendable {
    /// Bins of equal probability width: [0, 0.1), [0.1, 0.2), …, [0.9, 1.0] (1.0 falls in the last bin).
    case equalWidth
    /// Bins holding about the same number of customers, cut in score order; tied scores never straddle two bins,
    /// so a bin can hold more than n / bins rows and there can be fewer bins than asked (one bin for a constant
    /// predictor). The default: churn probabilities crowd near the base rate, and equal-width bins would put most
    /// customers in the first bin and leave the upper ones nearly empty.
    case equalCount
}

/// One row of the calibration table: the customers whose predicted probability fell in [lower, upper].
public struct CalibrationBin: Codable, Sendable, Equatable {
    /// Bin edges: for equal-width bins the nominal edges; for equal-count bins the lowest and highest score in it.
    public var lower: Double
    public var upper: Double
    public var count: Int
    public var meanPredicted: Double
    public var observedRate: Double
}

/// The calibration table and the expected calibration error computed from it:
///
/// ```
/// ECE = Σ_b (n_b / n) · |mean predicted_b − observed rate_b|
/// ```
///
/// Empty bins are left out of the table (they add nothing to the ECE).
public struct CalibrationTable: Codable, Sendable, Equatable {
    public var binning: CalibrationBinning
    public var bins: [CalibrationBin]
    public var expectedCalibrationError: Double

    init(ranked: RankedOutcomes, binning: CalibrationBinning, binCount: Int) {
        self.binning = binning
        let n = ranked.count
        var count = [Int](repeating: 0, count: binCount)
        var sumPredicted = [Double](repeating: 0, count: binCount)
        var churned = [Int](repeating: 0, count: binCount)
        var low = [Double](repeating: .infinity, count: binCount)
        var high = [Double](repeating: -.infinity, count: binCount)
        var seen = 0
        var current = 0
        // Ascending score order, so equal-count bins fill from the lowest probabilities up.
        for g in stride(from: ranked.groupCount - 1, through: 0, by: -1) {
            let s = ranked.scores[g], size = ranked.positives[g] + ranked.negatives[g]
            let b: Int
            switch binning {
            case .equalWidth:
                b = min(binCount - 1, Int(s * Double(binCount)))
            case .equalCount:
                b = current
                seen += size
                // Close this bin once it holds its share; a big tie may carry us past several targets.
                current = max(current, min(binCount - 1, Int(Double(seen) * Double(binCount) / Double(n))))
            }
            count[b] += size
            sumPredicted[b] += s * Double(size)
            churned[b] += ranked.positives[g]
            low[b] = min(low[b], s)
            high[b] = max(high[b], s)
        }
        var rows = [CalibrationBin]()
        var ece = 0.0
        for b in 0..<binCount where count[b] > 0 {
            let mean = sumPredicted[b] / Double(count[b])
            let rate = Double(churned[b]) / Double(count[b])
            let (lo, hi) = binning == .equalWidth
                ? (Double(b) / Double(binCount), Double(b + 1) / Double(binCount)) : (low[b], high[b])
            rows.append(CalibrationBin(lower: lo, upper: hi, count: count[b], meanPredicted: mean, observedRate: rate))
            ece += Double(count[b]) / Double(n) * abs(mean - rate)
        }
        self.bins = rows
        self.expectedCalibrationError = ece
    }
}
