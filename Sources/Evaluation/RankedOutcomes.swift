#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Predictions sorted once by score, highest first, with tied scores merged into one group that counts its
/// positives and negatives. Every ranking metric (ROC, PR, calibration, gains) is a walk over these groups, so
/// ties are handled exactly and no result depends on the order of the input rows.
///
/// - Complexity: O(n log n) to build (one sort), O(groups) for each walk.
struct RankedOutcomes {
    /// Distinct scores, descending.
    var scores: [Double] = []
    /// Positives (churners) and negatives per group.
    var positives: [Int] = []
    var negatives: [Int] = []
    var totalPositives = 0
    var totalNegatives = 0

    var count: Int { totalPositives + totalNegatives }
    var groupCount: Int { scores.count }

    /// Sorts the predictions and merges equal scores. Scores must lie in [0, 1] (checked by the caller).
    ///
    /// For 0 ≤ p < 2 the IEEE-754 bit pattern orders like the value and its two top bits are zero, so
    /// `bits(p) << 1 | outcome` is a `UInt64` key that sorts by score (ties by outcome, which groups ignore); they are
    /// radix-sorted in linear time.
    init(scores input: [Double], outcomes: [Bool]) {
        precondition(input.count == outcomes.count, "scores and outcomes differ in length")
        var keys = [UInt64](repeating: 0, count: input.count)
        for i in input.indices {
            let p = input[i]
            precondition(p >= 0 && p < 2, "ranked scores must lie in [0, 2)")
            keys[i] = (p == 0 ? 0 : p.bitPattern) << 1 | (outcomes[i] ? 1 : 0)  // p == 0 also catches −0.0
        }
        RadixSort.sort(&keys)
        scores.reserveCapacity(keys.count)
        positives.reserveCapacity(keys.count)
        negatives.reserveCapacity(keys.count)
        var i = keys.count - 1
        while i >= 0 {
            let score = keys[i] >> 1
            var pos = 0, neg = 0
            while i >= 0 && keys[i] >> 1 == score {
                if keys[i] & 1 == 1 { pos += 1 } else { neg += 1 }
                i -= 1
            }
            scores.append(Double(bitPattern: score))
            positives.append(pos)
            negatives.append(neg)
            totalPositives += pos
            totalNegatives += neg
        }
    }

    /// Area under the ROC curve: the probability that a random churner scores above a random stayer, ties counting
    /// one half (the Mann–Whitney statistic, equal to the trapezoidal area). Computed in integers, so it is exact
    /// up to the final division.
    ///
    /// ```
    /// AUC = Σ_g neg_g · (2·tp_before_g + pos_g) / (2 · P · N)
    /// ```
    var rocAUC: Double {
        var twice = 0  // 2·Σ, fits in Int for any n below about 3·10⁹
        var tpBefore = 0
        for g in 0..<groupCount {
            twice += negatives[g] * (2 * tpBefore + positives[g])
            tpBefore += positives[g]
        }
        return Double(twice) / (2 * Double(totalPositives) * Double(totalNegatives))
    }

    /// Average precision as scikit-learn's `average_precision_score`: the precision at each distinct threshold,
    /// weighted by the recall it adds (a step function, no interpolation).
    ///
    /// ```
    /// AP = Σ_g (pos_g / P) · tp_g / (tp_g + fp_g)     (cumulative counts through group g)
    /// ```
    var averagePrecision: Double {
        var sum = 0.0
        var tp = 0, fp = 0
        for g in 0..<groupCount {
            tp += positives[g]
            fp += negatives[g]
            if positives[g] > 0 { sum += Double(positives[g]) * Double(tp) / Double(tp + fp) }
        }
        return sum / Double(totalPositives)
    }

    /// The ROC curve at every distinct threshold, from (0, 0) to (1, 1).
    var rocPoints: [CurvePoint] {
        var points = [CurvePoint(x: 0, y: 0, threshold: nil)]
        points.reserveCapacity(groupCount + 1)
        var tp = 0, fp = 0
        let p = Double(totalPositives), n = Double(totalNegatives)
        for g in 0..<groupCount {
            tp += positives[g]
            fp += negatives[g]
            points.append(CurvePoint(x: Double(fp) / n, y: Double(tp) / p, threshold: scores[g]))
        }
        return points
    }

    /// The precision–recall curve as scikit-learn 1.9 returns it: one point per distinct threshold, plus the
    /// conventional end point (recall 0, precision 1), listed first here so recall increases along the list.
    var precisionRecallPoints: [CurvePoint] {
        var points = [CurvePoint(x: 0, y: 1, threshold: nil)]
        var tp = 0, fp = 0
        let p = Double(totalPositives)
        for g in 0..<groupCount {
            tp += positives[g]
            fp += negatives[g]
            points.append(CurvePoint(x: Double(tp) / p, y: Double(tp) / Double(tp + fp), threshold: scores[g]))
        }
        return points
    }

    /// Mean log loss and Brier score, summed group by group so the rounding does not depend on row order.
    /// Probabilities are clipped to [ε, 1 − ε] for the log loss only.
    var logLossAndBrier: (logLoss: Double, brier: Double) {
        let eps = Double.ulpOfOne
        var logLoss = 0.0, brier = 0.0
        for g in 0..<groupCount {
            let s = scores[g], clipped = min(max(s, eps), 1 - eps)
            let pos = Double(positives[g]), neg = Double(negatives[g])
            if positives[g] > 0 { logLoss -= pos * log(clipped); brier += pos * (1 - s) * (1 - s) }
            if negatives[g] > 0 { logLoss -= neg * log1p(-clipped); brier += neg * s * s }
        }
        return (logLoss / Double(count), brier / Double(count))
    }

    /// Expected positives among the top `depth` customers (a real number of customers), ties at the cut shared
    /// in proportion: the mean over every order of the tied rows, so the figure does not depend on row order.
    func positivesInTop(_ depth: Double) -> Double { positivesInTop([depth])[0] }

    /// `positivesInTop` at several depths, given in increasing order, in one walk over the groups.
    func positivesInTop(_ depths: [Double]) -> [Double] {
        var result = [Double]()
        result.reserveCapacity(depths.count)
        var seen = 0, tp = 0, g = 0
        for depth in depths {
            precondition(result.isEmpty || depth >= depths[result.count - 1], "depths must increase")
            while g < groupCount && Double(seen + positives[g] + negatives[g]) < depth {
                seen += positives[g] + negatives[g]
                tp += positives[g]
                g += 1
            }
            if g == groupCount {
                result.append(Double(tp))
            } else {
                let size = positives[g] + negatives[g], part = max(0, depth - Double(seen))
                result.append(Double(tp) + part * Double(positives[g]) / Double(size))
            }
        }
        return result
    }
}
