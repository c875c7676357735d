/// Numbers written for people (thousands separators, percentages, a true minus sign, sensible decimals) and for
/// machines (`data`: short, ASCII, exact enough to recompute a figure). Locale-free, so output is the same
/// everywhere.
public enum NumberFormat {
    /// The typographic minus sign used in text for people.
    static let minus = "\u{2212}"

    /// `1234567` → `"1,234,567"`.
    public static func integer(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3 + 1)
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? minus + out : out
    }

    /// `x` rounded to `decimals` places, e.g. `fixed(0.8125, 3)` → `"0.813"`, with thousands separators in the
    /// integer part and a minus sign for negatives; `"n/a"` when `x` is not finite.
    public static func fixed(_ x: Double, _ decimals: Int) -> String {
        guard x.isFinite else { return "n/a" }
        let (whole, fraction, negative) = split(x, decimals)
        let text = integer(whole) + (decimals > 0 ? "." + fraction : "")
        return negative ? minus + text : text
    }

    /// A share 0–1 as a percentage: `percent(0.3456)` → `"34.6%"`.
    public static func percent(_ share: Double, _ decimals: Int = 1) -> String {
        guard share.isFinite else { return "n/a" }
        return fixed(share * 100, decimals) + "%"
    }

    /// With an explicit sign, as NPS is usually written: `+12`, `−4.5`, `0`.
    public static func signed(_ x: Double, _ decimals: Int = 1) -> String {
        guard x.isFinite else { return "n/a" }
        let text = fixed(x, decimals)
        if text.hasPrefix(minus) { return text }
        let (whole, fraction, _) = split(x, decimals)
        let isZero = whole == 0 && fraction.allSatisfy { $0 == "0" }
        return isZero ? text : "+" + text
    }

    /// A p-value for people: `"< 0.001"` below 0.001, else three decimals (`pValue(0.0312)` → `"0.031"`).
    public static func pValue(_ p: Double) -> String {
        guard p.isFinite else { return "n/a" }
        return p < 0.001 ? "< 0.001" : fixed(p, 3)
    }

    /// A short machine-readable form: ASCII, at most `decimals` places, trailing zeros dropped
    /// (`data(0.250000)` → `"0.25"`, `data(-1.5)` → `"-1.5"`). Used inside SVG coordinates and data attributes.
    public static func data(_ x: Double, decimals: Int = 6) -> String {
        guard x.isFinite else { return "0" }
        let (whole, fraction, negative) = split(x, decimals)
        var frac = Substring(fraction)
        while frac.last == "0" { frac = frac.dropLast() }
        let text = String(whole) + (frac.isEmpty ? "" : "." + frac)
        return negative ? "-" + text : text
    }

    /// Splits |x| rounded to `decimals` places into its whole part and its zero-padded fraction digits;
    /// `negative` is false when the rounded value is zero, so −0.0001 never shows as "−0.0".
    private static func split(_ x: Double, _ decimals: Int) -> (whole: Int, fraction: String, negative: Bool) {
        precondition(decimals >= 0 && decimals <= 9, "decimals must be 0...9")
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (x.magnitude * Double(scale)).rounded()
        let capped = min(scaled, 9.0e15)
        let n = Int(capped)
        let whole = n / scale
        var fraction = String(n % scale)
        while fraction.count < decimals { fraction = "0" + fraction }
        return (whole, decimals > 0 ? fraction : "", x < 0 && n != 0)
    }
}
