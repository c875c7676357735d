import Support

/// One point of a ROC curve (x = false-positive rate, y = true-positive rate) or of a precision–recall curve
/// (x = recall, y = precision), with the score threshold at which it is reached (`nil` for the conventional end
/// point that no threshold produces).
public struct CurvePoint: PlanePoint, Codable, Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var threshold: Double?

    public init(x: Double, y: Double, threshold: Double?) {
        self.x = x
        self.y = y
        self.threshold = threshold
    }
}

extension CurvePoint {
    /// Keeps at most `maxPoints` points of a curve for drawing, spaced evenly along its length
    /// (|Δx| + |Δy|), always keeping the first and last point. The chart then draws a few hundred points where the
    /// data has a million; the area under the kept points differs from the exact area by well under 10⁻³ on curves
    /// of that size (tested), and the exact AUC is reported from the full data anyway.
    ///
    /// - Complexity: O(n).
    public static func decimate(_ points: [CurvePoint], maxPoints: Int) -> [CurvePoint] {
        precondition(maxPoints >= 2, "a curve needs at least two points")
        return PathThinning.thin(points, maxCount: maxPoints, spacing: .grid)
    }

    /// Trapezoidal area under a curve given in increasing x.
    public static func trapezoidArea(_ points: [CurvePoint]) -> Double {
        var area = 0.0
        for i in 1..<max(1, points.count) {
            area += (points[i].x - points[i - 1].x) * (points[i].y + points[i - 1].y) / 2
        }
        return area
    }
}
