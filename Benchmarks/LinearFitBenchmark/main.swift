import Foundation
import LinearAlgebra
import Models
import Support
#if canImport(Glibc)
import Glibc
#endif

// Linear regression benchmark: `LinearRegression().fit` (pivoted Householder QR + iterative refinement) on n × k
// dense rows, beside one bare `dsyrk` (XᵀX) of the same shape as a yardstick.
//
//   LinearFitBenchmark [rows] [columns] [repeats]      defaults 1000000 40 3
//
// Data: x ~ U(−1, 1) from a fixed-seed generator, y = 1 + Σⱼ x_j / (j+1) + 0.1·noise.

let args = Array(CommandLine.arguments.dropFirst())
let n = args.count > 0 ? Int(args[0])! : 1_000_000
let k = args.count > 1 ? Int(args[1])! : 40
let repeats = args.count > 2 ? Int(args[2])! : 3

/// Uniform in [−1, 1) from the package's SplitMix64, seeded so every run fits the same data.
var rng = SplitMix64(seed: 12345)
func uniform() -> Double { rng.unit() * 2 - 1 }

var x = Matrix(rows: n, columns: k)
var y = [Double](repeating: 1, count: n)
x.withUnsafeMutableBufferPointer { p in
    for j in 0..<k { for i in 0..<n { p[j * n + i] = uniform() } }
}
x.withUnsafeBufferPointer { p in
    for j in 0..<k { for i in 0..<n { y[i] += p[j * n + i] / Double(j + 1) } }
}
for i in 0..<n { y[i] += 0.1 * uniform() }
let names = (0..<k).map { "x\($0)" }

/// Best wall and CPU seconds of `repeats` runs of `body`.
func measure(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    var wall = Double.infinity, used = Double.infinity
    for _ in 0..<repeats {
        let (w0, c0) = (PhaseTimer.now(), PhaseTimer.processorTime())
        try body()
        wall = min(wall, PhaseTimer.now() - w0)
        used = min(used, PhaseTimer.processorTime() - c0)
    }
    return (wall, used)
}

var steps = 0
let fit = try measure {
    let result = try LinearRegression().fit(x: x, y: y, names: names)
    steps = result.refinementSteps
    precondition(abs(result.coefficients[1] - 1) < 0.01, "planted coefficient not recovered")
}
let qr = try measure { _ = try QRFactorization(x) }
let qrFixed = try measure { _ = try QRFactorization(x, pivoting: false) }
let gram = measure { precondition(BLAS.gram(x, blocks: 1, threads: 1)[0, 0] > 0) }
func show(_ name: String, _ t: (wall: Double, cpu: Double)) -> String {
    "\(name) \(String(format: "%.3f", t.wall)) s wall, \(String(format: "%.3f", t.cpu)) s CPU"
}
print("LinearFitBenchmark \(n) x \(k), best of \(repeats):")
print("  " + show("LinearRegression.fit (\(steps) refinement steps):", fit))
print("  " + show("QRFactorization (dgeqp3, pivoting) alone:", qr))
print("  " + show("QRFactorization (dgeqp3, columns fixed = dgeqrf) alone:", qrFixed))
print("  " + show("one dsyrk XᵀX (1 thread):", gram))
