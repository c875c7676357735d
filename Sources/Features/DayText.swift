import Ingest

/// Parses the `YYYY-MM-DD` dates of configuration values and command-line options.
/// (Export files are parsed by Ingest, which also accepts timestamps and reports locations.)
public enum DayText {
    /// The day written `YYYY-MM-DD`; `nil` if the text is not exactly that or the date is impossible.
    public static func parse(_ text: String) -> Day? {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
                v = v * 10 + Int(b[i] - UInt8(ascii: "0"))
            }
            return v
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        return Day(year: y, month: m, day: d)
    }
}
