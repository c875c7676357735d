import Features
import Models

/// What `churncast train` does: which snapshots, which penalties.
///
/// The churn model's L2 penalty λ (on standardised features, intercept unpenalised) is 1 by default — on
/// standardised features a weak prior that keeps estimates finite under separation and is negligible next to
/// the likelihood once there are more than a few hundred rows; `cvFolds > 1` instead picks λ from a grid by
/// cross-validation grouped by customer (one customer's snapshots never sit on both sides), by held-out log loss.
public struct TrainingConfig: Codable, Equatable, Sendable {
    public var snapshot: SnapshotConfig
    /// Churn L2 penalty; ignored when `cvFolds > 1`.
    public var l2: Double
    /// Grouped cross-validation folds for choosing λ (0 or 1: no cross-validation).
    public var cvFolds: Int
    /// The λ grid searched by cross-validation.
    public var l2Grid: [Double]
    /// Per-class row weights of the churn fit (`none`, or `balanced` with the prior-corrected intercept).
    public var classWeight: ClassWeight
    /// Ridge penalty of the next-score regression (standardised features, intercept unpenalised).
    public var ridge: Double

    public init(snapshot: SnapshotConfig, l2: Double = 1, cvFolds: Int = 0, l2Grid: [Double] = [0.01, 0.1, 1, 10, 100],
                classWeight: ClassWeight = .none, ridge: Double = 1) {
        self.snapshot = snapshot
        self.l2 = l2
        self.cvFolds = cvFolds
        self.l2Grid = l2Grid
        self.classWeight = classWeight
        self.ridge = ridge
    }

    /// Throws `InvalidParameter` (parameter, value, expected) for the first value out of range; the caller names
    /// the parameter its own way (the command line: `--l2`, `--ridge`, `--cv`).
    public func validate() throws {
        try snapshot.validate()
        guard l2.isFinite, l2 >= 0 else { throw InvalidParameter(.l2, value: "\(l2)", expected: "a number ≥ 0") }
        guard ridge.isFinite, ridge >= 0 else { throw InvalidParameter(.ridge, value: "\(ridge)", expected: "a number ≥ 0") }
        guard cvFolds == 0 || cvFolds == 1 || (2...20).contains(cvFolds) else {
            throw InvalidParameter(.cvFolds, value: "\(cvFolds)", expected: "between 2 and 20 folds")
        }
        guard !l2Grid.isEmpty, l2Grid.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw InvalidParameter(.l2, value: l2Grid.map { "\($0)" }.joined(separator: ", "),
                                   expected: "a grid of numbers ≥ 0 to choose from")
        }
    }
}
