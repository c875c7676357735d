import Support

/// Customers generated in chunks on several threads but consumed in order: chunks run in waves of `threads`,
/// and each wave's outputs go to `consume` in customer order, so the bytes written never depend on the threads.
/// Shared by `SyntheticGenerator` and `ShopGenerator`.
enum ChunkWaves {
    static func run<Output>(customers total: Int, chunkSize size: Int, threads: Int,
                            make: (Range<Int>) -> Output, consume: (Output) throws -> Void) throws {
        let chunkCount = (total + size - 1) / size
        let workers = max(1, min(threads, chunkCount))
        let slots = UnsafeMutableBufferPointer<Output?>.allocate(capacity: workers)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize(); slots.deallocate() }
        var wave = 0
        while wave < chunkCount {
            let k = min(workers, chunkCount - wave)
            Parallelism.forEach(k, threads: k) { t in
                let first = (wave + t) * size
                slots[t] = make(first..<min(first + size, total))
            }
            for t in 0..<k {
                try consume(slots[t]!)
                slots[t] = nil
            }
            wave += k
        }
    }
}
