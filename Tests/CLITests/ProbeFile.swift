/// A file written by `cc-write-probe`: `CCPROBE <generation> <bytes>\n`, the payload, `\nEND <fnv1a-64 hex>\n`.
/// It checks itself, so a test can tell a complete file from a torn one.
struct ProbeFile: Equatable {
    var generation: Int

    /// Parses and checks `bytes`; `nil` when they are not one complete probe file (torn, truncated, mixed).
    init?(_ bytes: [UInt8]) {
        guard let newline = bytes.firstIndex(of: 0x0A) else { return nil }
        let header = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ")
        guard header.count == 3, header[0] == "CCPROBE", let generation = Int(header[1]),
              let length = Int(header[2]), length >= 0 else { return nil }
        let payloadStart = newline + 1
        guard bytes.count >= payloadStart + length else { return nil }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes[payloadStart..<(payloadStart + length)] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let trailer = Array("\nEND \(String(hash, radix: 16))\n".utf8)
        guard Array(bytes[(payloadStart + length)...]) == trailer else { return nil }
        self.generation = generation
    }
}

import Testing

@Suite struct ProbeFileTests {
    /// A probe file written by hand: generation 7, payload "abc"; FNV-1a 64 of "abc" is e71fa2190541574b
    /// (the published FNV test vector).
    let good = Array("CCPROBE 7 3\nabc\nEND e71fa2190541574b\n".utf8)

    @Test func acceptsCompleteFile() { #expect(ProbeFile(good)?.generation == 7) }

    @Test func rejectsTornFiles() {
        #expect(ProbeFile(Array(good.dropLast())) == nil)
        #expect(ProbeFile(Array(good.prefix(14))) == nil)
        var flipped = good
        flipped[13] = UInt8(ascii: "x")
        #expect(ProbeFile(flipped) == nil)
        #expect(ProbeFile([]) == nil)
    }
}
