import Models
import TableFit

/// `churncast fit linear|logistic` as one call: a regression on any CSV table and its statsmodels-style summary.
public enum TableFitJob {
    /// Which regression, with its own settings.
    public enum Model: Sendable {
        /// Least squares by Householder QR, ridge-penalised when `ridge` > 0.
        case linear(ridge: Double)
        /// Newton/IRLS logistic regression, L2-penalised when `l2` > 0.
        case logistic(l2: Double, maxIterations: Int, classWeight: ClassWeight)
    }

    public struct Request: Sendable {
        public var csv: String
        public var target: String
        /// Predictor columns (`nil`: every other column) and columns to leave out.
        public var features: [String]?
        public var exclude: [String]
        public var intercept: Bool
        /// Skip rows with an empty field in a used column (else the first is an error).
        public var dropMissing: Bool
        /// Id-like text columns to use anyway.
        public var keep: [String]
        /// K of a deterministic K-fold cross-validation, and its shuffle's seed.
        public var folds: Int?
        public var seed: UInt64
        public var model: Model

        public init(csv: String, target: String, features: [String]?, exclude: [String], intercept: Bool,
                    dropMissing: Bool, keep: [String] = [], folds: Int?, seed: UInt64, model: Model) {
            self.csv = csv; self.target = target; self.features = features; self.exclude = exclude
            self.intercept = intercept; self.dropMissing = dropMissing; self.keep = keep; self.folds = folds
            self.seed = seed
            self.model = model
        }

        func design(_ kind: DesignMatrixOptions.TargetKind) -> DesignMatrixOptions {
            DesignMatrixOptions(target: target, targetKind: kind, features: features, exclude: exclude,
                                intercept: intercept, dropMissing: dropMissing, keep: keep)
        }
    }

    public static func run(_ request: Request) throws -> JobResult {
        switch request.model {
        case .linear(let ridge):
            let job = LinearFit(design: request.design(.numeric),
                                model: LinearRegression(intercept: request.intercept, ridge: ridge),
                                crossValidationFolds: request.folds, seed: request.seed)
            let report = try job.run(csv: request.csv)
            return JobResult(warnings: report.design.warnings, text: { report.text() }, json: { try report.json() })
        case .logistic(let l2, let maxIterations, let classWeight):
            let model = LogisticRegression(l2: l2, maxIterations: maxIterations, classWeight: classWeight,
                                           intercept: request.intercept)
            let job = LogisticFit(design: request.design(.binary), model: model,
                                  crossValidationFolds: request.folds, seed: request.seed)
            let report = try job.run(csv: request.csv)
            return JobResult(warnings: report.design.warnings, text: { report.text() }, json: { try report.json() })
        }
    }
}
