import Foundation
import LinearAlgebra
import Support

/// Data drawn from a known logistic model with a fixed seed: features uniform on [−2, 2],
/// `P(y = 1) = 1 / (1 + exp(−(β₀ + xᵀβ)))`. The planted coefficients are the ground truth.
struct PlantedLogistic {
    let x: Matrix
    let y: [Double]

    init(rows: Int, intercept: Double, slopes: [Double], seed: UInt64) {
        // SplitMix64: a small, well-known generator, so the data are the same on every platform.
        var rng = SplitMix64(seed: seed)
        func uniform() -> Double { rng.unit() }
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
