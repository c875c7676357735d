/// Small byte helpers for the hot paths: equality of short keys without a call into libc, and UTF-8 text with a
/// fast path for ASCII (the generic `String(validating:as:)` is not specialised and costs about a microsecond).
enum Bytes {
    /// True when the `n` bytes at `a` and `b` are equal; eight at a time.
    @inline(__always)
    static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        var i = 0
        while i + 8 <= n {
            if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                return false
            }
            i += 8
        }
        while i < n {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// The bytes as a `String`, or `nil` when they are not valid UTF-8.
    @inline(__always)
    static func string(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        var ascii = true
        for c in b where c >= 0x80 { ascii = false; break }
        if ascii { return String(decoding: b, as: UTF8.self) }
        return String(validating: b, as: UTF8.self)
    }

    /// True when the bytes are valid UTF-8 (ASCII checked without creating anything).
    @inline(__always)
    static func isUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in b where c >= 0x80 { return String(validating: b, as: UTF8.self) != nil }
        return true
    }
}
