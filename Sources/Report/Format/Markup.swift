import Support

/// Escaping for HTML, SVG and XML: text and attribute values are safe to put between tags or quotes, and the
/// result parses as XML (characters XML 1.0 forbids, such as most control characters, become U+FFFD).
public enum Markup {
    /// Escapes `&`, `<`, `>`, `"` and `'`.
    /// - Complexity: O(n); returns the string unchanged when nothing needs escaping.
    public static func escape(_ text: String) -> String {
        // & < > " ' ; control bytes other than tab, LF, CR; 0xEF leads U+FFFE and U+FFFF.
        let needsWork = text.utf8.contains { b in
            b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || b == 0xEF
                || (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D)
        }
        guard needsWork else { return text }
        return ScalarMapping.apply(text) { scalar in
            let forbidden = scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r"
                || scalar.value == 0xFFFE || scalar.value == 0xFFFF
            return entities[scalar] ?? (forbidden ? "\u{FFFD}" : nil)
        }
    }

    /// The characters written as entities.
    static let entities: [Unicode.Scalar: String] = [
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;",
    ]
}
