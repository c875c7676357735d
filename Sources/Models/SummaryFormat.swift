import Foundation

/// Number and text formatting for the summary tables (C `printf` conventions, locale-independent).
public enum SummaryFormat {
    /// `%.{digits}g`: at most `digits` significant digits, exponent form when very large or small; "nan"/"inf" as such.
    public static func significant(_ x: Double, digits: Int) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x > 0 ? "inf" : "-inf" }
        return String(format: "%.\(digits)g", x)
    }

    /// `%.{decimals}f`, switching to `%.4g` when the number is too large to be read that way.
    public static func fixed(_ x: Double, decimals: Int) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x > 0 ? "inf" : "-inf" }
        if abs(x) >= 1e9 { return String(format: "%.4g", x) }
        return String(format: "%.\(decimals)f", x)
    }

    /// A p-value with three decimals, or `<0.001`.
    public static func pValue(_ p: Double) -> String {
        if p.isNaN { return "nan" }
        return p < 0.0005 ? "<0.001" : String(format: "%.3f", p)
    }

    /// A probability such as 0.025 without trailing zeros.
    public static func trimmed(_ x: Double) -> String {
        var s = String(format: "%.4f", x)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    public static func padLeft(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }

    public static func padRight(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    public static func centered(_ s: String, width: Int) -> String {
        let pad = max(0, (width - s.count) / 2)
        return String(repeating: " ", count: pad) + s
    }
}
