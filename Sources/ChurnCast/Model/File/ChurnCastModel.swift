import Features
import Forecast
import Models

/// Everything `churncast train` learns, as written to the model file (JSON, SPEC section 5).
///
/// Scoring needs only this value and the exports: the snapshot settings and attribute encoding rebuild the same
/// features, the scaler standardises them, and the two models' coefficients turn them into predictions.
public struct ChurnCastModel: Codable, Equatable, Sendable {
    /// The file format's name and version; a file of another version is refused by `ModelFileIO.read`.
    public static let formatName = "churncast-model"
    public static let formatVersion = 2

    /// Written by the memberwise initializer (the trainer's) as this version's; read from the file when decoding.
    public var format: String = Self.formatName
    public var formatVersion: Int = Self.formatVersion
    /// ISO-8601 creation time (UTC); fixed by `SOURCE_DATE_EPOCH` when set, for byte-identical rebuilds.
    public var createdAt: String
    public var training: TrainingInfo
    /// How snapshots were built (windows, caps, rare-level pooling) and the attribute encoding learned in training.
    public var snapshot: SnapshotConfig
    public var encoding: AttributeEncoding
    /// Every feature with its training mean and standard deviation, and whether each model uses it.
    public var features: [FeatureSpec]
    public var churn: ChurnSection
    public var nps: NPSSection
    /// Historical share of active customers who answer an NPS survey in a horizon, for the forecast.
    public var responseRate: Double
    /// Training metrics (in-sample).
    public var metrics: TrainingMetrics
    /// The NPS forecast's model error τ², estimated by forecasting each training snapshot's next period
    /// (in-sample for the two models, so if anything too small; `evaluate --backtest` checks it out of sample).
    public var forecastModelError: ModelError
    /// The NPS forecast's combination with naive, its weight learned from the training backtest (`nil` in model
    /// files written before it existed: the model alone), and the backtested periods behind it.
    public var forecastCombination: ForecastCombination?
    public var forecastBacktest: [BacktestQuarter]?
    /// Who answers next period (`nil` in older model files: the history-only propensity).
    public var forecastResponseModel: ResponseModel?
    /// `true` when trained without an NPS export: churn alone, `nps` an empty placeholder (`nil` in model files
    /// with a score model, so those are written and read as before).
    public var npsAbsent: Bool?

    /// Whether the model has a next-score model (false when trained without an NPS export).
    public var hasScoreModel: Bool { npsAbsent != true }

    /// Refuses `command` when it needs the score model and the model was trained without an NPS export.
    public func requireScoreModel(for command: String) throws {
        guard hasScoreModel else { throw PipelineError.noScoreModel(command: command) }
    }

    /// What the NPS forecast uses besides the predictions; older model files get the model alone.
    public var forecastSettings: NPSForecastSettings {
        NPSForecastSettings(modelError: forecastModelError, combination: forecastCombination ?? .modelOnly,
                            responseModel: forecastResponseModel)
    }

    /// What the model was trained on.
    public struct TrainingInfo: Codable, Equatable, Sendable {
        public var snapshots: [String]
        public var horizonDays: Int
        public var rows: Int
        public var customers: Int
        public var churners: Int
        public var npsRows: Int
        /// Fingerprint (`Fingerprint`) of the training feature table and labels.
        public var fingerprint: String
        public var latestDataDay: String?
        public var warnings: [String]
    }

    /// A feature, its training scaling and where it is used.
    public struct FeatureSpec: Codable, Equatable, Sendable {
        public var name: String
        public var mean: Double
        public var standardDeviation: Double
        /// Constant in training, so left out of both models.
        public var constant: Bool
    }

    /// One coefficient with its statistical summary (on standardised features; the intercept first).
    public typealias Term = CoefficientEstimate

    /// The churn logistic regression.
    public struct ChurnSection: Codable, Equatable, Sendable {
        public var l2: Double
        public var classWeight: ClassWeight
        /// How λ was chosen ("as given", "default", or the grouped cross-validation grid and scores).
        public var l2Choice: String
        /// When temporal validation chose λ: its grid, choice and each family's validation AUC without it
        /// (`l2_validation` in the file; absent otherwise and in older files).
        public var l2Validation: TemporalValidation? = nil
        public var terms: [Term]
        public var iterations: Int
        public var maxGradient: Double
        public var converged: Bool
        public var logLikelihood: Double
        public var nullLogLikelihood: Double
        public var pseudoR2: Double
        public var baseRate: Double
        public var bands: RiskBands
        /// True when the standard errors come from the penalised Hessian.
        public var penalisedStandardErrors: Bool
        /// The rule baseline ("last score ≤ 6 or no engagement in 30 days"): churn rates in training among
        /// the customers it flags and the ones it does not, used as its probabilities.
        public var ruleFlaggedRate: Double
        public var ruleUnflaggedRate: Double

        /// The fitted predictor of the stored terms (intercept first): churn probabilities.
        public var predictor: LinearPredictor { LinearPredictor(terms: terms) }
    }

    /// The next-period score linear regression.
    public struct NPSSection: Codable, Equatable, Sendable {
        public var ridge: Double
        public var terms: [Term]
        public var residualStandardError: Double
        /// Observed promoter and detractor shares by predicted score, from training: P(promoter) and
        /// P(detractor) read this calibration rather than assume normal errors on a bounded 0–10 scale.
        public var calibration: ScoreCategoryCalibration
        public var rSquared: Double
        public var rows: Int

        /// The fitted predictor of the stored terms (intercept first): expected next scores before clamping.
        public var predictor: LinearPredictor { LinearPredictor(terms: terms) }
    }

    /// In-sample figures recorded at training time.
    public struct TrainingMetrics: Codable, Equatable, Sendable {
        public var churnAUC: Double
        public var churnLogLoss: Double
        public var churnBrier: Double
        public var nextScoreRMSE: Double
        public var nextScoreMAE: Double
    }

    /// Names of the features each model uses, in coefficient order (after the intercept).
    public var usedFeatureNames: [String] { features.filter { !$0.constant }.map(\.name) }
}
