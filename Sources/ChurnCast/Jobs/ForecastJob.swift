import Forecast

/// `churncast forecast` as one call: next period's NPS with intervals, overall and per segment.
public enum ForecastJob {
    public struct Request: Sendable {
        public var exports: ExportsRequest
        public var modelPath: String
        public var asOf: AsOfDate
        /// A categorical customer attribute to forecast per segment.
        public var segmentBy: String?
        /// Calendar quarters (the default) or rolling windows of the model's horizon.
        public var period: ForecastPeriods

        public init(exports: ExportsRequest, modelPath: String, asOf: AsOfDate, segmentBy: String?,
                    period: ForecastPeriods = .calendarQuarter) {
            self.exports = exports; self.modelPath = modelPath; self.asOf = asOf; self.segmentBy = segmentBy
            self.period = period
        }
    }

    public static func run(_ request: Request, progress: JobProgress) throws -> JobResult {
        let inputs = try ModelJobInputs(modelPath: request.modelPath, exports: request.exports, progress: progress,
                                        needingScoreModel: "forecast", deferComments: true,
                                        commentDates: request.asOf.day.map { [$0] })
        let data = inputs.data
        let asOf = try request.asOf.resolve(in: data)
        let result = try ForecastRun(model: inputs.model, periods: request.period).run(customers: data.customers, nps: data.nps,
                                                              engagement: data.engagement, asOf: asOf,
                                                              segmentBy: request.segmentBy, sentiments: inputs.sentiments)
        let notes = try request.exports.notes(after: data)
        return JobResult(summary: { result.text }, value: result, notes: notes, retained: (result, data))
    }
}
