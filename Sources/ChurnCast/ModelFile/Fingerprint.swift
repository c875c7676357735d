/// A 64-bit FNV-1a fingerprint, written as 16 hex digits: identifies the training data in the model file.
/// Not cryptographic; it tells "same data" from "different data", which is all the model file needs.
public struct Fingerprint: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        var h = state
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        state = h
    }

    public mutating func combine(_ values: [Double]) {
        values.withUnsafeBytes { combine($0) }
    }

    public mutating func combine(_ text: String) {
        var t = text
        t.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    public var hex: String {
        let s = String(state, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
