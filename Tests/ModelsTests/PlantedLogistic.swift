import Foundation
import LinearAlgebra

/// Data drawn from a known logistic model with a fixed seed: features uniform on [−2, 2],
/// `P(y = 1) = 1 / (1 + exp(−(β₀ + xᵀβ)))`. The planted coefficients are the ground truth.
struct PlantedLogistic {
    let x: Matrix
    let y: [Double]

    init(rows: Int, intercept: Double, slopes: [Double], seed: UInt64) {
        var state = seed
        // SplitMix64: a small, well-known generator, so the data are the same on every platform.
        func uniform() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Double(z >> 11) / Double(1 << 53)
        }
        var columns = [[Double]](repeating: [], count: slopes.count)
        var y: [Double] = []
        for _ in 0..<rows {
            var eta = intercept
            for j in slopes.indices {
                let v = 4 * uniform() - 2
                columns[j].append(v)
                eta += slopes[j] * v
            }
            y.append(uniform() < 1 / (1 + exp(-eta)) ? 1 : 0)
        }
        self.x = Matrix(columns: columns)
        self.y = y
    }
}
