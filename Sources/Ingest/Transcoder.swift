/// Decodes Latin-1, Windows-1252 or UTF-16 (with a byte-order mark) into UTF-8, one read chunk at a time, inside
/// `CSVReader`'s buffer refill — so the record parser only ever sees UTF-8 and a UTF-8 file skips this entirely.
/// A UTF-16 code unit or surrogate pair cut by a chunk boundary is carried to the next chunk; an unpaired surrogate
/// or a lone last byte becomes U+FFFD (shown as such in messages, never a crash).
struct Transcoder {
    let encoding: TextEncoding
    /// UTF-16 byte order, from the byte-order mark; `nil` before it is read.
    private var bigEndian: Bool?
    /// UTF-16 bytes of an incomplete unit or pair from the previous chunk (at most 3).
    private var carry: [UInt8] = []

    /// UTF-8 bytes written per input byte at most (a Windows-1252 byte can become a 3-byte character).
    static let expansion = 3

    init(_ encoding: TextEncoding) {
        precondition(encoding != .utf8, "UTF-8 is not transcoded")
        self.encoding = encoding
    }

    /// Windows-1252 bytes 0x80–0x9F as Unicode scalars; the five unassigned ones keep their C1 code point.
    static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Decodes `input` into `out` (room for `expansion × (input.count + 3)` bytes); returns the bytes written.
    /// `final`: no more input follows (a carried partial unit becomes U+FFFD). Throws `IngestError.encodingMismatch`
    /// when a UTF-16 file does not start with a byte-order mark.
    mutating func decode(_ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>, final: Bool,
                         file: String) throws -> Int {
        switch encoding {
        case .utf8: return 0
        case .latin1, .windows1252: return decodeSingleByte(input, into: out)
        case .utf16: return try decodeUTF16(input, into: out, final: final, file: file)
        }
    }

    private func decodeSingleByte(_ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var o = 0
        let cp1252 = encoding == .windows1252
        for b in input {
            if b < 0x80 { out[o] = b; o += 1; continue }
            let scalar = cp1252 && b < 0xA0 ? UInt32(Self.windows1252High[Int(b - 0x80)]) : UInt32(b)
            o += Self.writeUTF8(scalar, out + o)
        }
        return o
    }

    private mutating func decodeUTF16(_ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>,
                                      final: Bool, file: String) throws -> Int {
        var bytes = carry
        bytes.append(contentsOf: input)
        carry = []
        var i = 0
        if bigEndian == nil {
            if bytes.count < 2 && !final { carry = bytes; return 0 }
            if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE { bigEndian = false }
            else if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF { bigEndian = true }
            else if bytes.isEmpty { return 0 }
            else { throw IngestError.encodingMismatch(file: file, found: "no UTF-16 byte-order mark (FF FE or FE FF) at the start",
                                                      option: "--encoding utf-8, latin1 or windows-1252") }
            i = 2
        }
        let be = bigEndian!
        var o = 0
        @inline(__always) func unit(_ k: Int) -> UInt32 {
            be ? UInt32(bytes[k]) << 8 | UInt32(bytes[k + 1]) : UInt32(bytes[k + 1]) << 8 | UInt32(bytes[k])
        }
        while i + 1 < bytes.count {
            let u = unit(i)
            if u < 0xD800 || u > 0xDFFF { o += Self.writeUTF8(u, out + o); i += 2; continue }
            if u >= 0xDC00 { o += Self.writeUTF8(0xFFFD, out + o); i += 2; continue }  // a lone low surrogate
            guard i + 3 < bytes.count else {
                if !final { break }  // the pair's second half is in the next chunk
                o += Self.writeUTF8(0xFFFD, out + o)  // a high surrogate at the end of the file
                i += 2
                continue
            }
            let low = unit(i + 2)
            if low >= 0xDC00 && low <= 0xDFFF {
                o += Self.writeUTF8(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), out + o)
                i += 4
            } else {
                o += Self.writeUTF8(0xFFFD, out + o)
                i += 2
            }
        }
        if i < bytes.count {
            if final { o += Self.writeUTF8(0xFFFD, out + o) } else { carry = Array(bytes[i...]) }
        }
        return o
    }

    /// Writes `scalar` as UTF-8; returns its length.
    @inline(__always)
    static func writeUTF8(_ scalar: UInt32, _ out: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case ..<0x80:
            out[0] = UInt8(scalar); return 1
        case ..<0x800:
            out[0] = UInt8(0xC0 | scalar >> 6); out[1] = UInt8(0x80 | scalar & 0x3F); return 2
        case ..<0x10000:
            out[0] = UInt8(0xE0 | scalar >> 12); out[1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            out[2] = UInt8(0x80 | scalar & 0x3F); return 3
        default:
            out[0] = UInt8(0xF0 | scalar >> 18); out[1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            out[2] = UInt8(0x80 | scalar >> 6 & 0x3F); out[3] = UInt8(0x80 | scalar & 0x3F); return 4
        }
    }
}
