// Logistic and linear regression on 1,000,000 × 40 dense rows, beside one bare dsyrk of the same shape.
// Reports the best of N runs (N = first argument, default 5) of wall-clock time, and for the single-threaded runs
// also the process CPU time, which other processes on a shared machine disturb much less.
// Run: cd Benchmarks && swift run -c release LogisticFitBenchmark [N]
import Foundation
import LinearAlgebra
import Models
import Support

let rows = 1_000_000, columns = 40
let runs = CommandLine.arguments.count > 1 ? max(1, Int(CommandLine.arguments[1]) ?? 5) : 5

/// Uniform in [0, 1) from the package's SplitMix64, seeded so every run fits the same data.
var rng = SplitMix64(seed: 2024)
func uniform() -> Double { rng.unit() }

/// Wall-clock and process CPU seconds of one call of `body`.
func measure(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    let wall0 = PhaseTimer.now(), cpu0 = PhaseTimer.processorTime()
    try body()
    return (PhaseTimer.now() - wall0, PhaseTimer.processorTime() - cpu0)
}

/// Best (smallest) wall and CPU time over `runs` calls.
func best(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    var wall = Double.infinity, cpu = Double.infinity
    for _ in 0..<runs {
        let t = try measure(body)
        wall = min(wall, t.wall)
        cpu = min(cpu, t.cpu)
    }
    return (wall, cpu)
}

// Planted model: features uniform on [−√3, √3] (unit variance), slopes of ±0.15 to ±0.3, intercept −1.2:
// about 30% positives, a well-conditioned problem like a churn table.
var storage = [Double](repeating: 0, count: rows * columns)
for k in storage.indices { storage[k] = (2 * uniform() - 1) * 3.0.squareRoot() }
let x = Matrix(rows: rows, columns: columns, columnMajor: storage)
storage = []
let slopes: [Double] = (0..<columns).map { (j: Int) -> Double in
    let sign: Double = j % 2 == 0 ? 1 : -1
    return sign * 0.15 * (1 + Double(j % 5) / 4)
}
let eta = BLAS.gemv(x, slopes).map { $0 - 1.2 }
let y = eta.map { uniform() < 1 / (1 + exp(-$0)) ? 1.0 : 0.0 }
let yLinear = eta.map { $0 + (uniform() - 0.5) }
let names = (0..<columns).map { "x\($0)" }
print("data: \(rows) × \(columns), positives \(Int(y.reduce(0, +))), best of \(runs) runs")

// `LogisticFitBenchmark N fit` times only the logistic fit (for a profiler).
if CommandLine.arguments.count > 2 && CommandLine.arguments[2] == "fit" {
    let t = try best { _ = try LogisticRegression().fit(x: x, y: y, names: names, threads: 2) }
    print("logistic fit: \(t.wall) s")
    exit(0)
}

func ms(_ s: Double) -> String { String(format: "%.1f ms", s * 1000) }
var table: [(String, String)] = []

let gram1 = best { _ = BLAS.gram(x, blocks: 1, threads: 1) }
let gram2 = best { _ = BLAS.gram(x, threads: 2) }
table.append(("bare dsyrk XᵀX (BLAS.gram), 1 thread: wall / CPU", "\(ms(gram1.wall)) / \(ms(gram1.cpu))"))
table.append(("bare dsyrk XᵀX (BLAS.gram), 2 threads (row halves): wall", ms(gram2.wall)))

for threads in [2, 1] {
    var fit: LogisticRegressionResult!, first: LogisticRegressionResult!
    let whole = try best { fit = try LogisticRegression().fit(x: x, y: y, names: names, threads: threads) }
    // A tolerance of 0.9 accepts the first Newton direction: one pass, no step, the same checks and covariance.
    let one = try best { first = try LogisticRegression(tolerance: 0.9).fit(x: x, y: y, names: names, threads: threads) }
    let extra = Double(fit.convergence.evaluations - first.convergence.evaluations)
    let passWall = (whole.wall - one.wall) / extra, passCPU = (whole.cpu - one.cpu) / extra
    let c = fit.convergence
    table.append(("logistic fit, \(threads) thread\(threads == 1 ? "" : "s"), whole (\(c.iterations) Newton steps, "
                  + "\(c.evaluations) passes, converged \(c.converged)): wall\(threads == 1 ? " / CPU" : "")",
                  threads == 1 ? "\(ms(whole.wall)) / \(ms(whole.cpu))" : ms(whole.wall)))
    table.append(("  one Newton pass (ℓ, ∇ℓ, XᵀWX), \(threads) thread\(threads == 1 ? "" : "s"): wall"
                  + (threads == 1 ? " / CPU" : ""),
                  threads == 1 ? "\(ms(passWall)) / \(ms(passCPU))" : ms(passWall)))
    let ratio = threads == 1
        ? String(format: "%.2f× (wall), %.2f× (CPU)", passWall / gram1.wall, passCPU / gram1.cpu)
        : String(format: "%.2f×", passWall / gram2.wall)
    table.append(("  pass / bare dsyrk with \(threads) thread\(threads == 1 ? "" : "s")", ratio))
    if threads == 2 {
        let predict = best { _ = fit.predictProbability(x: x) }
        table.append(("predictProbability (dgemv + logistic), 1M rows: wall", ms(predict.wall)))
        let maxError = zip(fit.coefficients.dropFirst(), slopes).map { abs($0 - $1) }.max()!
        print(String(format: "max |slope − planted| = %.4f, max |gradient| = %.2e", maxError, c.maxAbsGradient))
    }
}
// The QR route is slow on this shape; one run is enough to place it.
let linear = try measure { _ = try LinearRegression().fit(x: x, y: yLinear, names: names) }
table.append(("linear fit (LinearRegression: pivoted QR + refinement), same X, one run: wall", ms(linear.wall)))

print("| measure | time |\n| --- | --- |")
for (label, value) in table { print("| \(label) | \(value) |") }
