/// Maps a predicted next score to P(promoter) and P(detractor) from what training customers with similar
/// predictions actually answered: the training rows are cut into equal-count bins of predicted score, and a
/// prediction reads the shares of its neighbouring bins, linearly interpolated.
///
/// This keeps the probabilities calibrated on the bounded, lumpy 0–10 scale where a normal error model is not.
public struct ScoreCategoryCalibration: Codable, Equatable, Sendable {
    public struct Point: Codable, Equatable, Sendable {
        /// Mean predicted score of the bin.
        public var predicted: Double
        /// Share of the bin's next-period responses that were promoters (≥ 9) and detractors (< 7).
        public var promoterShare: Double
        public var detractorShare: Double
        public var count: Int
    }

    public var points: [Point]

    /// No bins: the placeholder of a model trained without an NPS export (`ChurnCastModel.npsAbsent`).
    static let none = ScoreCategoryCalibration(points: [])

    init(points: [Point]) { self.points = points }

    /// Learns the bins from training predictions and actual next-period scores.
    public init(predicted: [Double], actual: [Double], bins: Int = 20) {
        precondition(predicted.count == actual.count && !predicted.isEmpty, "calibration needs matching, non-empty arrays")
        // Sorted with each prediction next to its row (no lookup per comparison); the same comparisons, so the
        // same order, as sorting the rows by their predictions.
        let order = zip(predicted, predicted.indices).sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }.map(\.1)
        let b = max(1, min(bins, order.count / 50))
        var points: [Point] = []
        for k in 0..<b {
            let lo = k * order.count / b, hi = (k + 1) * order.count / b
            guard hi > lo else { continue }
            var sp = 0.0, pro = 0, det = 0
            for i in order[lo..<hi] {
                sp += predicted[i]
                if actual[i] >= 9 { pro += 1 } else if actual[i] < 7 { det += 1 }
            }
            let n = Double(hi - lo)
            points.append(Point(predicted: sp / n, promoterShare: Double(pro) / n, detractorShare: Double(det) / n,
                                count: hi - lo))
        }
        self.points = points
    }

    /// P(promoter) and P(detractor) for a predicted score.
    public func probabilities(predicted x: Double) -> (promoter: Double, detractor: Double) {
        guard let first = points.first, let last = points.last else { return (0, 0) }
        if x <= first.predicted { return (first.promoterShare, first.detractorShare) }
        if x >= last.predicted { return (last.promoterShare, last.detractorShare) }
        var lo = 0, hi = points.count - 1
        while hi - lo > 1 { let mid = (lo + hi) / 2; if points[mid].predicted <= x { lo = mid } else { hi = mid } }
        let a = points[lo], b = points[hi]
        let w = b.predicted > a.predicted ? (x - a.predicted) / (b.predicted - a.predicted) : 0
        return (a.promoterShare + w * (b.promoterShare - a.promoterShare),
                a.detractorShare + w * (b.detractorShare - a.detractorShare))
    }
}
