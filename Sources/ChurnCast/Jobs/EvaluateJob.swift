import Forecast
import Evaluation

/// `churncast evaluate` as one call: the model on a later period than it trained on, against baselines, what
/// happened and (on generated data) the oracle.
public enum EvaluateJob {
    public struct Request {
        public var exports: ExportsRequest
        public var modelPath: String
        public var asOf: AsOfDate
        /// Whether to repeat the NPS forecast at every earlier period end it can.
        public var backtest: Bool
        /// The planted churn probabilities, when the data carry ChurnCast's own ground truth.
        public var oracle: ChurnOracle?
        /// Calendar quarters (the default) or rolling windows of the model's horizon.
        public var period: ForecastPeriods

        public init(exports: ExportsRequest, modelPath: String, asOf: AsOfDate, backtest: Bool,
                    period: ForecastPeriods = .calendarQuarter, oracle: ChurnOracle?) {
            self.exports = exports; self.modelPath = modelPath; self.asOf = asOf; self.backtest = backtest
            self.period = period; self.oracle = oracle
        }
    }

    public static func run(_ request: Request, progress: JobProgress) throws -> JobResult {
        // A model trained without an NPS export is evaluated on churn alone (the outcome says why).
        let inputs = try ModelJobInputs(modelPath: request.modelPath, exports: request.exports, progress: progress)
        let asOf = try request.asOf.resolve(in: inputs.data)
        let result = try evaluate(inputs, asOf: asOf, backtest: request.backtest, period: request.period,
                                  oracle: request.oracle)
        let notes = try request.exports.notes(after: inputs.data) + [inputs.model.activityNote].compactMap { $0 }
        let outcome = result.outcome
        return JobResult(summary: { outcome.text }, value: outcome, notes: notes, retained: (result, inputs.data))
    }

    /// The evaluation at `asOf`, with the NPS backtest over every earlier period when asked.
    static func evaluate(_ inputs: ModelJobInputs, asOf: Day, backtest: Bool,
                         period: ForecastPeriods = .calendarQuarter,
                         oracle: ChurnOracle?) throws -> EvaluationRun.Result {
        let (m, data) = (inputs.model, inputs.data)
        let dates = backtest ? BacktestSchedule.dates(before: asOf, horizon: m.training.horizonDays,
                                                      responses: data.nps, maxPeriods: .max) : []
        return try EvaluationRun(model: m, periods: period).run(customers: data.customers, nps: data.nps, engagement: data.engagement,
                                               asOf: asOf, backtestDates: dates, oracle: oracle)
    }
}
