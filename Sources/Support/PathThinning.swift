/// A point of a curve in the plane, for `PathThinning`.
public protocol PlanePoint {
    var x: Double { get }
    var y: Double { get }
}

/// Keeps at most `maxCount` points of a long curve for drawing, spread evenly along its length (|Δx| + |Δy|),
/// always the first and the last: the one walk behind `CurvePoint.decimate` (Evaluation) and
/// `CurveThinning.thin` (Report), which differ only in how they space the kept points.
public enum PathThinning {
    public enum Spacing: Sendable {
        /// Steps of length / (maxCount − 1); a point is kept where the walked length reaches the next multiple of
        /// the step. A curve of zero length keeps its two ends.
        case grid
        /// Steps of length / (maxCount − 2); a point is kept one step after the last kept one.
        case afterLastKept
    }

    /// The kept points, in order; all of them when there are at most `maxCount`.
    /// - Complexity: O(n).
    @inlinable
    public static func thin<P: PlanePoint>(_ points: [P], maxCount: Int, spacing: Spacing) -> [P] {
        guard points.count > maxCount else { return points }
        func step(_ i: Int) -> Double { abs(points[i].x - points[i - 1].x) + abs(points[i].y - points[i - 1].y) }
        var total = 0.0
        for i in 1..<points.count { total += step(i) }
        if spacing == .grid && total == 0 { return [points[0], points[points.count - 1]] }
        let gap = total / Double(spacing == .grid ? maxCount - 1 : maxCount - 2)
        var kept = [points[0]]
        kept.reserveCapacity(maxCount)
        var walked = 0.0
        var next = gap
        for i in 1..<(points.count - 1) {
            walked += step(i)
            if walked >= next && kept.count < maxCount - 1 {
                kept.append(points[i])
                next = spacing == .grid ? (walked / gap).rounded(.down) * gap + gap : walked + gap
            }
        }
        kept.append(points[points.count - 1])
        return kept
    }
}
