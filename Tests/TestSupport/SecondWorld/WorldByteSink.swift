import Foundation

/// A file written through a byte buffer flushed every megabyte: fast enough for millions of CSV rows.
final class WorldByteSink {
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    let path: String

    init(path: String) throws {
        guard let opened = fopen(path, "wb") else { throw SecondWorldError.cannotWrite(path) }
        file = opened
        self.path = path
        buffer.reserveCapacity(1 << 20)
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// A non-negative integer in decimal, without going through `String`.
    func write(_ value: Int) {
        if value < 10 { buffer.append(48 + UInt8(value)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0, rest = value
        withUnsafeMutableBytes(of: &digits) { raw in
            while rest > 0 && count < 8 { raw[count] = 48 + UInt8(rest % 10); rest /= 10; count += 1 }
        }
        withUnsafeBytes(of: &digits) { raw in for i in stride(from: count - 1, through: 0, by: -1) { buffer.append(raw[i]) } }
    }

    func write(bytes: [UInt8]) { buffer.append(contentsOf: bytes) }

    /// Flushes once the buffer holds a megabyte or more.
    func flushIfLarge() throws { if buffer.count >= 1 << 20 { try flush() } }

    func flush() throws {
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == buffer.count else { throw SecondWorldError.cannotWrite(path) }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try flush()
        guard fclose(file) == 0 else { throw SecondWorldError.cannotWrite(path) }
    }
}
