import Foundation
import LinearAlgebra

/// A binary-outcome dataset from Fixtures/Logistic (exported from statsmodels by make_references.py) and the
/// reference values computed there with statsmodels and scikit-learn (logistic_references.json).
struct LogisticFixture {
    let names: [String]
    let x: Matrix
    let y: [Double]
    let references: References

    struct References: Decodable {
        let mle: [MLE]
        let l2: [Penalised]
        let balanced: [Penalised]
        let weighted: [Penalised]
    }

    /// statsmodels `Logit(...).fit(method='newton', tol=1e-12)`.
    struct MLE: Decodable {
        let intercept: Bool
        let names: [String]
        let estimate, std_error, z, p_value, ci_low, ci_high: [Double]
        let log_likelihood, null_log_likelihood, pseudo_r2, lr_statistic, lr_p_value, aic, bic: Double
    }

    /// scikit-learn `LogisticRegression(solver='newton-cholesky', C=1/λ, tol=1e-12)`; standard errors from the
    /// penalised Hessian computed with numpy at that solution.
    struct Penalised: Decodable {
        let lambda: Double
        let intercept: Bool
        let estimate, std_error: [Double]
    }

    static func load(_ name: String) throws -> LogisticFixture {
        let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Logistic")
        let text = try String(contentsOf: folder.appendingPathComponent("\(name).csv"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        let header = lines[0].split(separator: ",").map(String.init)
        let rows = lines.dropFirst().map { $0.split(separator: ",").map { Double($0)! } }
        let p = header.count - 1
        let columns = (0..<p).map { j in rows.map { $0[j] } }
        let json = try Data(contentsOf: folder.appendingPathComponent("logistic_references.json"))
        let all = try JSONDecoder().decode([String: AnyDataset].self, from: json)
        return LogisticFixture(names: Array(header.prefix(p)), x: Matrix(columns: columns), y: rows.map { $0[p] },
                               references: all[name]!.references!)
    }

    /// Decodes the per-dataset entries and skips the "versions" entry.
    private struct AnyDataset: Decodable {
        let references: References?
        init(from decoder: Decoder) throws { references = try? References(from: decoder) }
    }
}

/// `|a − b| / |b|` (absolute difference when b = 0).
func relativeDifference(_ a: Double, _ b: Double) -> Double {
    b == 0 ? abs(a) : abs(a - b) / abs(b)
}

/// The largest relative difference over paired arrays.
func maxRelativeDifference(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count, "lengths differ: \(a.count) vs \(b.count)")
    return zip(a, b).map(relativeDifference).max() ?? 0
}
