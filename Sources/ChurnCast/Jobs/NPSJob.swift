import Forecast
import Ingest

/// `churncast nps` as one call: NPS by calendar quarter or month, overall and per segment, with margins of
/// error, intervals, the change against the previous period and each segment against the rest (`NPSTable`).
public enum NPSJob {
    /// Calendar quarters or months (re-declared so that a caller imports `ChurnCast` alone).
    public typealias PeriodLength = Forecast.NPSPeriodLength

    public struct Request: Sendable {
        public var exports: ExportsRequest
        /// A categorical customer attribute to split by.
        public var segmentBy: String?
        public var every: PeriodLength
        /// Answers dated before `from` or after `to` are left out; `to` also ends the last period.
        public var from: Day?
        public var to: Day?

        public init(exports: ExportsRequest, segmentBy: String?, every: PeriodLength, from: Day? = nil,
                    to: Day? = nil) {
            self.exports = exports; self.segmentBy = segmentBy; self.every = every; self.from = from; self.to = to
        }
    }

    public static func run(_ request: Request, progress: JobProgress) throws -> JobResult {
        progress("reading the exports")
        let data = try request.exports.load()
        let segmentation = try request.segmentBy.map {
            try ForecastRunner(customers: data.customers, responses: data.nps).segmentation(by: $0)
        }
        let responses = request.from.map { from in data.nps.filter { $0.day >= from } } ?? data.nps
        let table = NPSTable.build(responses, segmentation: segmentation, every: request.every, through: request.to)
        let summary = NPSTableSummary(table, segmentBy: request.segmentBy)
        let notes = try request.exports.notes(after: data)
        return JobResult(summary: { summary.text }, value: summary, notes: notes, retained: data)
    }
}
