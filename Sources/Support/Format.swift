import Foundation

/// Number formatting for the tables people read (JSON output keeps full precision), locale-independent.
public enum Format {
    /// `%.{digits}f`; "n/a", "inf" or "-inf" when not finite.
    public static func fixed(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "n/a" : (x > 0 ? "inf" : "-inf") }
        return String(format: "%.\(digits)f", x)
    }

    /// `fixed` with a "+" in front of positive numbers and zero.
    public static func signed(_ x: Double, _ digits: Int) -> String { (x >= 0 ? "+" : "") + fixed(x, digits) }

    /// A share as a percentage: 0.125 → "12.5%".
    public static func percent(_ x: Double, _ digits: Int = 1) -> String { fixed(100 * x, digits) + "%" }

    /// Shortest natural form: 1, 0.1, 1e-05.
    public static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}

extension String {
    /// The text right-aligned in a column `width` characters wide, filled with `fill` (unchanged when wider).
    public func leftPad(_ width: Int, with fill: Character = " ") -> String {
        count >= width ? self : String(repeating: fill, count: width - count) + self
    }

    /// The text left-aligned in a column `width` characters wide (unchanged when wider).
    public func rightPad(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
