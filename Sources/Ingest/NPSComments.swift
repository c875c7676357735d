/// The comment of every loaded NPS response, in the responses' order, held as one byte buffer (no `String` per
/// row): a million comments cost their bytes and an offset each. Empty when the export has no comment column.
public struct NPSComments: Sendable, Equatable {
    var bytes: [UInt8] = []
    /// Comment i is `bytes[(i == 0 ? 0 : ends[i-1]) ..< ends[i]]`; empty without a comment column.
    var ends: [Int] = []

    public init() {}

    /// Comments given as text (tests, in-memory exports).
    public init(_ texts: [String]) {
        for t in texts { append(Array(t.utf8)) }
    }

    /// Responses with a comment entry (0 without a comment column).
    public var count: Int { ends.count }

    mutating func append(_ b: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: b)
        ends.append(bytes.count)
    }

    mutating func append(_ b: [UInt8]) { b.withUnsafeBufferPointer { append($0) } }

    /// Appends field `j` of `r` with doubled quotes made single.
    mutating func append(field j: Int, of r: CSVRecord) {
        if r.hasEscapedQuotes(j) { append(r.unescapedBytes(j)) } else { append(r.bytes(j)) }
    }

    private func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    /// Response i's comment, decoded leniently (invalid UTF-8 becomes U+FFFD); "" when none.
    public subscript(i: Int) -> String {
        ends.isEmpty ? "" : String(decoding: bytes[range(i)], as: UTF8.self)
    }

    /// True when response i's comment has more than white space.
    public func hasText(_ i: Int) -> Bool {
        guard !ends.isEmpty else { return false }
        let r = range(i)
        if bytes[r].contains(where: { $0 > 0x20 && $0 < 0x80 }) { return true }
        return self[i].unicodeScalars.contains { !$0.properties.isWhitespace }
    }
}

extension NPSComments {
    /// Calls `body` with a function giving comment i as text, reading the buffers through pointers, so that many
    /// threads may call it at once without contending on reference counts.
    public func withTexts<R>(_ body: (_ text: (Int) -> String) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { b in
            try ends.withUnsafeBufferPointer { e in
                try body { String(decoding: Self.comment($0, bytes: b, ends: e), as: UTF8.self) }
            }
        }
    }

    /// Calls `body` with a function giving comment i's bytes as exported (not checked as UTF-8; empty when none),
    /// valid only inside `body`; many threads may call it at once.
    public func withBytes<R>(_ body: (_ bytes: (Int) -> UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { b in
            try ends.withUnsafeBufferPointer { e in try body { Self.comment($0, bytes: b, ends: e) } }
        }
    }

    private static func comment(_ i: Int, bytes b: UnsafeBufferPointer<UInt8>,
                                ends e: UnsafeBufferPointer<Int>) -> UnsafeBufferPointer<UInt8> {
        e.isEmpty ? UnsafeBufferPointer(start: nil, count: 0) : UnsafeBufferPointer(rebasing: b[(i == 0 ? 0 : e[i - 1])..<e[i]])
    }
}
