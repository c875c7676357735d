// Fuzz target `locale`: the readers of SPEC section 1's "Locales" and "Missing values" on a fuzzed value — decimal
// commas and points (`AttributeColumnReader.number`), missing-value tokens (`AttributeColumnReader.kind`) and the
// date formats (`Day.parse(bytes:format:)`). The first byte picks what is fuzzed.
//
// Properties checked beyond "no crash":
// - a number read with a decimal comma is the one `Double` reads after the comma is made a point, and never holds a
//   point; with a decimal point it is `Double`'s; a value is never read as a number in both conventions unless it
//   holds neither a comma nor a point;
// - a missing-value token is never a number, and a value is a stray token only if it is none of the other kinds;
// - a day read as DD.MM.YYYY or MM/DD/YYYY prints back (written in that format, zero-padded) to the same day, and an
//   "impossible" date really does not exist; an epoch day is floor(seconds / 86400) computed from the digits.
@testable import Ingest

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let body = UnsafeBufferPointer(start: data + 1, count: size - 1)
    switch data[0] % 3 {
    case 0: numbers(body, comma: data[0] & 8 != 0)
    case 1: dates(body, format: [.dayMonthYear, .monthDayYear, .epoch][Int(data[0] >> 2) % 3])
    default: dates(body, format: .iso)
    }
    return 0
}

func numbers(_ body: UnsafeBufferPointer<UInt8>, comma: Bool) {
    // Values are trimmed of spaces and tabs before they are classified (`CSVHeader.trimmed`).
    guard let raw = String(validating: body, as: UTF8.self) else { return }
    let text = CSVHeader.trimmed(raw)
    let c = AttributeColumnReader.number(text, decimalComma: true)
    let p = AttributeColumnReader.number(text, decimalComma: false)
    if let c {
        if text.contains(".") { violated("\(text) read with a decimal comma holds a point") }
        if Double(text.replacingOccurrences(of: ",", with: ".")) != c { violated("\(text) read as \(c)") }
    }
    if let p, Double(text) != p { violated("\(text) read as \(p)") }
    if c != nil && p != nil && (text.contains(",") || text.contains(".")) { violated("\(text) read both ways") }
    let reader = AttributeColumnReader(file: "f", format: ExportFormat(decimalComma: comma))
    switch reader.kind(text) {
    case .missing(let token):
        if token != "empty" && (c ?? p) != nil && ExportFormat.defaultNAValues.contains(token) == false {
            violated("\(text): missing token \(token) is a number")
        }
    case .number(let d):
        if d != (comma ? c : p) { violated("\(text): kind number \(d)") }
    case .otherDecimalMark:
        if (comma ? p : c) == nil { violated("\(text): other decimal mark but no such number") }
    case .other:
        if c != nil || p != nil { violated("\(text) is a number but called a stray token") }
    }
}

func dates(_ body: UnsafeBufferPointer<UInt8>, format: DateFormat) {
    let result = Day.parse(bytes: body, format: format)
    switch result {
    case .day(let d):
        let (y, m, dd) = d.civil
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let year = String(repeating: "0", count: 4 - String(y).count) + String(y)
        let written: String
        switch format {
        case .dayMonthYear: written = "\(two(dd)).\(two(m)).\(year)"
        case .monthDayYear: written = "\(two(m))/\(two(dd))/\(year)"
        case .iso: written = d.description
        case .epoch:
            guard let text = String(validating: body, as: UTF8.self) else { violated("epoch from non-text") }
            let t = CSVHeader.trimmed(text.trimmingPrefix(" ").description)
            let whole = t.split(separator: ".").first.map(String.init) ?? t
            guard let s = Int(whole) else { violated("epoch \(t) has no whole seconds") }
            let hasFraction = t.contains(".") && t.split(separator: ".").last!.contains { $0 != "0" }
            let secs = whole.hasPrefix("-") ? s - (hasFraction ? 1 : 0) : s  // -0.1 s is 1969-12-31
            let day = Int((Double(secs) / 86_400).rounded(.down))
            if day != Int(d.index) { violated("epoch \(t) read as day \(d.index), expected \(day)") }
            return
        }
        var again = written
        if again.withUTF8({ Day.parse(bytes: $0, format: format) }) != result { violated("\(written) reads differently") }
    case .impossible(let y, let m, let dd):
        if Day(year: y, month: m, day: dd) != nil { violated("\(y)-\(m)-\(dd) called impossible") }
    case .malformed:
        if Day.expectation(for: result, format: format, field: body).isEmpty { violated("empty expectation") }
    }
}
