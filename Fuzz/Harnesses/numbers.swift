// Fuzz target `numbers`: the integer parser for scores and counts (`IntegerField`), the decimal check for numeric
// customer attributes (`CustomerLoader.isDecimal`) and how found values are shown in messages (`CSVText`).
//
// Properties checked beyond "no crash":
// - `IntegerField.parse` agrees with a slow reference written from its documentation (below);
// - whatever `isDecimal` accepts, `Double` parses to a number;
// - a found value shown in a message is one line without control characters, and at most 61 characters + quotes.
@testable import Ingest

/// `IntegerField.parse` written the slow way from its documentation: surrounding spaces ignored; `[+-]digits`
/// is a value (more than 18 digits: too large); digits with a fraction of zeros (`7.0`, `7.`) are whole; other
/// numbers (`7.5`, `.5`, `1e3`) are not whole; everything else is malformed.
func reference(_ bytes: [UInt8]) -> IntegerField.Result {
    var b = ArraySlice(bytes)
    while b.first == 0x20 { b.removeFirst() }
    while b.last == 0x20 { b.removeLast() }
    if b.isEmpty { return .empty }
    var negative = false
    if b.first == 0x2B || b.first == 0x2D { negative = b.first == 0x2D; b.removeFirst() }
    func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    let whole = b.prefix(while: isDigit)
    if whole.count > 18 { return .tooLarge }
    b = b.dropFirst(whole.count)
    var fraction: ArraySlice<UInt8> = [], hasPoint = false, exponent: ArraySlice<UInt8>? = nil
    if b.first == 0x2E { hasPoint = true; b.removeFirst(); fraction = b.prefix(while: isDigit); b = b.dropFirst(fraction.count) }
    if b.first == 0x65 || b.first == 0x45 {
        b.removeFirst()
        if b.first == 0x2B || b.first == 0x2D { b.removeFirst() }
        exponent = b.prefix(while: isDigit)
        b = b.dropFirst(exponent!.count)
        if exponent!.isEmpty { return .malformed }
    }
    guard b.isEmpty, whole.count + fraction.count > 0 else { return .malformed }
    _ = hasPoint
    if exponent == nil && !whole.isEmpty && fraction.allSatisfy({ $0 == 0x30 }) {
        let v = Int64(String(decoding: whole, as: UTF8.self))!
        return .value(negative ? -v : v)
    }
    return .notWhole
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let fast = IntegerField.parse(bytes)
    let slow = reference(Array(bytes))
    if fast != slow { violated("IntegerField.parse(\(Array(bytes))) = \(fast), reference \(slow)") }
    if let text = String(validating: bytes, as: UTF8.self) {
        if CustomerLoader.isDecimal(text) && Double(text) == nil { violated("isDecimal(\(text)) but no Double") }
        let shown = CSVText.quoted(text)
        checkShown(shown)
    }
    checkShown(CSVText.quoted(bytes: bytes))
    return 0
}

func checkShown(_ shown: String) {
    for s in shown.unicodeScalars where s.value < 0x20 || s.value == 0x7F { violated("control character in \(shown)") }
    // 60 characters, each at most 4 long when escaped (\xNN), an ellipsis and two quotes.
    if shown.unicodeScalars.count > 60 * 4 + 3 { violated("message value too long: \(shown.count)") }
}
