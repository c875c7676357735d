import Foundation

/// Number formatting for the tables people read (JSON output keeps full precision).
public enum Format {
    public static func fixed(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "n/a" : (x > 0 ? "inf" : "-inf") }
        return String(format: "%.\(digits)f", x)
    }

    public static func signed(_ x: Double, _ digits: Int) -> String { (x >= 0 ? "+" : "") + fixed(x, digits) }

    public static func percent(_ x: Double, _ digits: Int = 1) -> String { fixed(100 * x, digits) + "%" }

    /// Shortest natural form: 1, 0.1, 1e-05.
    public static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
