import Support

/// Cuts a long curve (e.g. a ROC curve with a point per customer) down to at most `maxCount` points spread
/// evenly along its length, keeping both ends, so a chart stays small whatever the number of customers.
///
/// Length is measured as |Δx| + |Δy|. For a monotone curve such as ROC, dropping points between two kept ones
/// changes the area under it by at most Δx·Δy/2 per gap; with gaps of length 2/k that is at most 1/(2k) in all,
/// and far less for smooth curves (the error shrinks with the cube of the gap).
/// - Complexity: O(n).
public enum CurveThinning {
    public static func thin(_ points: [ChartPoint], maxCount: Int) -> [ChartPoint] {
        precondition(maxCount >= 3, "keep at least 3 points")
        return PathThinning.thin(points, maxCount: maxCount, spacing: .afterLastKept)
    }
}
