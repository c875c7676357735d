// Fuzz target `dates`: `Day.parse(bytes:)` (YYYY-MM-DD and ISO-8601 timestamps) and the civil-date arithmetic.
//
// Properties checked beyond "no crash":
// - a parsed day prints back as the YYYY-MM-DD it was read from, and its civil date round-trips;
// - an "impossible" date really does not exist, and its message is not empty;
// - the String entry point agrees with the bytes one;
// - any Int32 day index (from the first 4 bytes) round-trips through its civil date.
@testable import Ingest

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let result = Day.parse(bytes: bytes)
    var lo = 0
    while lo < size && data[lo] == 0x20 { lo += 1 }
    switch result {
    case .day(let d):
        let written = String(decoding: UnsafeBufferPointer(start: data + lo, count: 10), as: UTF8.self)
        if d.description != written { violated("parsed \(written) as \(d)") }
        let (y, m, dd) = d.civil
        if Day(year: y, month: m, day: dd) != d { violated("civil round trip of \(d)") }
    case .impossible(let y, let m, let dd):
        if Day(year: y, month: m, day: dd) != nil { violated("\(y)-\(m)-\(dd) called impossible") }
        if Day.expectation(for: result).isEmpty { violated("empty expectation") }
    case .malformed:
        if Day.expectation(for: result) != Day.expectedFormat { violated("malformed expectation") }
    }
    if let text = String(validating: bytes, as: UTF8.self) {
        let viaText = Day.parse(text)
        if case .day(let d) = result { if viaText != d { violated("text and bytes disagree") } }
        else if viaText != nil { violated("text parsed what bytes did not") }
    }
    if size >= 4 {
        var index: Int32 = 0
        for i in 0..<4 { index = index << 8 | Int32(data[i]) }
        let day = Day(index: index)
        let (y, m, dd) = day.civil
        guard let back = Day(year: y, month: m, day: dd) else { violated("civil of index \(index) is impossible") }
        if back != day { violated("index \(index) → \(y)-\(m)-\(dd) → \(back.index)") }
        _ = day.description
    }
    return 0
}
