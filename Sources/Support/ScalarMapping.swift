/// Rewrites text one Unicode scalar at a time: each scalar that `replacement` gives a string for becomes that
/// string, the others stay. The one loop behind escaping for messages (`CSVText`), for markup (`Markup`) and the
/// generator's spelling without umlauts; each says what it replaces in a table.
public enum ScalarMapping {
    /// `text` rewritten; when `limit` is given, only its first `limit` scalars are read and `truncation` stands for
    /// the rest (if there is any).
    /// - Complexity: O(n) in the scalars read.
    public static func apply(_ text: String, limit: Int = .max, truncation: String = "",
                             _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var n = 0
        for scalar in text.unicodeScalars {
            if n == limit { out += truncation; break }
            n += 1
            if let text = replacement(scalar) { out += text } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
