#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LinearAlgebra
import Models

extension Trainer {
    /// λ by the documented default, or by K-fold cross-validation grouped by customer (`KFold.testFolds(groups:)`,
    /// so all of a customer's snapshots fall in one fold) on held-out log loss; returns λ and how it was chosen.
    func chooseL2(x: Matrix, y: [Double], customerIndex: [Int32]) throws -> (Double, String) {
        guard config.cvFolds > 1 else { return (config.l2, "default λ = \(config.l2) (standardised features)") }
        let k = config.cvFolds
        let folds = KFold(k: k).testFolds(groups: customerIndex)
        let names = (0..<x.columns).map { "x\($0)" }
        var best = (lambda: config.l2Grid[0], loss: Double.infinity)
        var scores: [String] = []
        for lambda in config.l2Grid {
            var total = 0.0, count = 0
            for test in folds {
                let train = KFold.trainingRows(count: y.count, test: test)
                guard !test.isEmpty, !train.isEmpty else { continue }
                let fit = try logisticRegression(l2: lambda).fit(x: x.rows(at: train), y: train.map { y[$0] },
                                                                 names: names)
                let p = fit.predictor.probability(x.rows(at: test))
                // Held-out log loss, summed row by row across the folds (probabilities clipped to [1e-15, 1 − 1e-15]).
                for (k, i) in test.enumerated() {
                    let q = min(max(p[k], 1e-15), 1 - 1e-15)
                    total -= y[i] == 1 ? log(q) : log(1 - q)
                }
                count += test.count
            }
            let loss = total / Double(max(1, count))
            scores.append("λ=\(lambda): \(loss)")
            if loss < best.loss { best = (lambda, loss) }
        }
        return (best.lambda, "grouped \(k)-fold cross-validation by customer, held-out log loss: " + scores.joined(separator: "; "))
    }
}
