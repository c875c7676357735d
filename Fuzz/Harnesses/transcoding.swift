// Fuzz target `transcoding`: `CSVReader` reading Latin-1, Windows-1252 and UTF-16 files (`Transcoder`, in the
// buffer refill). The first byte picks the encoding and a 16–79-byte read chunk; the rest is the file.
//
// Properties checked beyond "no crash":
// - the records (and the first error, if any) are those of the UTF-8 reader on the same text decoded in one go by
//   the standard library (Latin-1: byte b is U+00b; Windows-1252: its table; UTF-16: `String(decoding:as:
//   UTF16.self)`, with U+FFFD for a lone last byte), whatever the read chunk;
// - every field is valid UTF-8.
@testable import Ingest

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let encoding: TextEncoding = [.latin1, .windows1252, .utf16][Int(data[0]) % 3]
    let chunk = 16 + Int(data[0] >> 2) % 64
    let body = UnsafeBufferPointer(start: data + 1, count: size - 1)
    guard let reference = decoded(Array(body), encoding) else { return 0 }  // UTF-16 without a byte-order mark
    let transcodedPath = FuzzFile.write(body)
    let referencePath = reference.withUnsafeBufferPointer { FuzzFile.write($0, suffix: ".utf8.csv") }
    let got = outcome(transcodedPath, ExportFormat(delimiter: 0x2C, encoding: encoding), chunk)
    let want = outcome(referencePath, ExportFormat(delimiter: 0x2C), 1 << 16)
    if got.records != want.records { violated("records differ for \(encoding), chunk \(chunk)") }
    if got.error != want.error { violated("errors differ: \(got.error ?? "none") / \(want.error ?? "none")") }
    return 0
}

/// The body decoded by the standard library, as UTF-8; `nil` for UTF-16 without a byte-order mark.
func decoded(_ bytes: [UInt8], _ encoding: TextEncoding) -> [UInt8]? {
    switch encoding {
    case .utf16:
        guard bytes.count >= 2 else { return bytes.isEmpty ? [] : nil }
        let big: Bool
        if bytes[0] == 0xFF && bytes[1] == 0xFE { big = false } else if bytes[0] == 0xFE && bytes[1] == 0xFF { big = true } else { return nil }
        var units: [UInt16] = []
        var i = 2
        while i + 1 < bytes.count {
            units.append(big ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
            i += 2
        }
        var text = String(decoding: units, as: UTF16.self)
        if i < bytes.count { text.append("\u{FFFD}") }
        return Array(text.utf8)
    default:
        let table: [UInt32] = [0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160,
                               0x2039, 0x152, 0x8D, 0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                               0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178]
        var text = ""
        for b in bytes {
            let v = encoding == .windows1252 && b >= 0x80 && b < 0xA0 ? table[Int(b - 0x80)] : UInt32(b)
            text.unicodeScalars.append(Unicode.Scalar(v)!)
        }
        return Array(text.utf8)
    }
}

/// Every record's fields, and the first error with the file's name taken out.
func outcome(_ path: String, _ format: ExportFormat, _ chunk: Int) -> (records: [[String]], error: String?) {
    var records: [[String]] = []
    do {
        let reader = try CSVReader(path: path, format: format, chunkSize: chunk)
        while let r = try reader.next() {
            var fields: [String] = []
            for i in 0..<r.count {
                guard let s = r.string(i) else { violated("field \(i) of line \(r.line) is not UTF-8") }
                fields.append(s)
            }
            records.append(fields)
        }
        return (records, nil)
    } catch {
        return (records, "\(error)".replacingOccurrences(of: path, with: "FILE"))
    }
}
