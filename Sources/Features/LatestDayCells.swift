/// The step both kinds of activity cells finish with: each customer's "latest day in (T_{s−1}, T_s]" slot becomes
/// "latest day ≤ T_s", a running maximum over the snapshots (the empty value is the type's smallest).
enum LatestDayCells {
    /// Cells of `customers` × `snapshots`, `stride` slots each, the latest day at `slot`.
    static func runningMaximum<T: FixedWidthInteger>(_ p: UnsafeMutableBufferPointer<T>, customers: Int,
                                                     snapshots n: Int, stride: Int, slot: Int) {
        for c in 0..<customers {
            var running = T.min
            for s in 0..<n {
                let i = (c * n + s) * stride + slot
                running = max(running, p[i])
                p[i] = running
            }
        }
    }
}
