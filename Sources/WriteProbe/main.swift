// cc-write-probe: a test helper, not part of the product. It writes self-checking files through `AtomicFile`
// again and again, so that a test can kill it (SIGKILL) at random moments and check what is left on disk.
//
//     cc-write-probe OUT BYTES FIRST COUNT
//
// writes generations FIRST, FIRST+1, ..., FIRST+COUNT-1 of OUT, each BYTES of payload, and prints each generation
// number on standard output once it is renamed into place. The file format (see `ProbeFile` in SupportTests):
//
//     CCPROBE <generation> <bytes>\n <payload> \nEND <fnv1a-64 of payload, hex>\n
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Support

let args = CommandLine.arguments
guard args.count == 5, let bytes = Int(args[2]), let first = Int(args[3]), let count = Int(args[4]),
      bytes >= 0, count >= 0 else {
    fputs("usage: cc-write-probe OUT BYTES FIRST COUNT\n", stderr)
    exit(64)
}
print("started")
fflush(stdout)
for generation in first..<(first + count) {
    var state = UInt64(truncatingIfNeeded: generation) &* 0x9E37_79B9_7F4A_7C15 | 1
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    do {
        try AtomicFile.write(to: args[1]) { sink in
            try sink.write("CCPROBE \(generation) \(bytes)\n")
            var chunk = [UInt8](repeating: 0, count: 1 << 14)
            var left = bytes
            while left > 0 {
                let n = min(left, chunk.count)
                for i in 0..<n {
                    state ^= state << 13; state ^= state >> 7; state ^= state << 17  // xorshift64
                    let byte = UInt8(truncatingIfNeeded: state)
                    chunk[i] = byte
                    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
                }
                try sink.write(Array(chunk[0..<n]))
                left -= n
            }
            try sink.write("\nEND \(String(hash, radix: 16))\n")
        }
    } catch {
        fputs("cc-write-probe: \(error)\n", stderr)
        exit(74)
    }
    print(generation)
    fflush(stdout)
}
