import Support

/// How found values are shown in messages: quoted, control characters escaped, long values cut, and bytes that
/// are not UTF-8 shown as `\xNN`, so that a message is always one readable line.
public enum CSVText {
    /// The longest value shown in full, in characters.
    static let maxShown = 60

    /// `"text"` with `\n`, `\r`, `\t`, `\"` and `\\` escaped; longer values end in `…`.
    public static func quoted(_ text: String) -> String {
        let shown = ScalarMapping.apply(text, limit: maxShown, truncation: "…") { ch in
            escapes[ch] ?? (ch.value < 0x20 || ch.value == 0x7F ? "\\x" + hex(UInt8(ch.value)) : nil)
        }
        return "\"" + shown + "\""
    }

    /// The characters written as a backslash escape; other control characters are shown as `\xNN`.
    static let escapes: [Unicode.Scalar: String] = ["\n": "\\n", "\r": "\\r", "\t": "\\t", "\"": "\\\"", "\\": "\\\\"]

    /// Like `quoted(_:)` for raw bytes: valid UTF-8 is shown as text, other bytes as `\xNN`.
    public static func quoted(bytes: UnsafeBufferPointer<UInt8>) -> String {
        if let s = String(validating: bytes, as: UTF8.self) { return quoted(s) }
        var out = "\""
        var i = 0
        var shown = 0
        while i < bytes.count {
            if shown == maxShown { out += "…"; break }
            shown += 1
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
            if length > 1, i + length <= bytes.count,
               let s = String(validating: UnsafeBufferPointer(rebasing: bytes[i..<i + length]), as: UTF8.self) {
                out += s
                i += length
                continue
            }
            if b >= 0x80 {
                out += "\\x" + hex(b)
            } else {
                out += quoted(String(Unicode.Scalar(b))).dropFirst().dropLast()
            }
            i += 1
        }
        return out + "\""
    }

    static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
    }
}
