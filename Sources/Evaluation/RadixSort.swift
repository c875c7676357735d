/// Least-significant-digit radix sort of 64-bit keys, 16 bits per pass, skipping a pass when every key has the same
/// digit (the top digits of probabilities in [0, 1] rarely vary).
///
/// - Complexity: O(n) time (at most 4 passes over the keys), O(n) extra memory.
enum RadixSort {
    static func sort(_ keys: inout [UInt64]) {
        let n = keys.count
        guard n > 1 << 12 else { keys.sort(); return }
        var counts = [Int](repeating: 0, count: 4 << 16)
        var buffer = [UInt64](repeating: 0, count: n)
        keys.withUnsafeMutableBufferPointer { a in
            buffer.withUnsafeMutableBufferPointer { b in
                counts.withUnsafeMutableBufferPointer { c in
                    for k in a {
                        c[Int(k & 0xFFFF)] += 1
                        c[1 << 16 + Int((k >> 16) & 0xFFFF)] += 1
                        c[2 << 16 + Int((k >> 32) & 0xFFFF)] += 1
                        c[3 << 16 + Int(k >> 48)] += 1
                    }
                    var source = a, target = b
                    for pass in 0..<4 {
                        let shift = UInt64(16 * pass), base = pass << 16
                        if c[base + Int((source[0] >> shift) & 0xFFFF)] == n { continue }
                        var offset = 0
                        for d in 0..<(1 << 16) { let count = c[base + d]; c[base + d] = offset; offset += count }
                        for k in source {
                            let d = base + Int((k >> shift) & 0xFFFF)
                            target[c[d]] = k
                            c[d] += 1
                        }
                        swap(&source, &target)
                    }
                    if source.baseAddress != a.baseAddress { a.baseAddress!.update(from: source.baseAddress!, count: n) }
                }
            }
        }
    }
}
