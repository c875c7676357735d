import ChurnCast
import Ingest
import Support
import Synthetic

/// `churncast generate` as one call: a synthetic customer base (the three exports) with its planted ground truth.
public enum GenerateJob {
    public struct Request: Sendable {
        public var customers: Int
        public var seed: UInt64
        /// The folder to write into, and whether existing exports there may be replaced.
        public var out: String
        public var overwrite: Bool
        /// First and last day of the history, as the user wrote them (`YYYY-MM-DD`).
        public var start: String
        public var end: String
        /// Mean share of customers who answer the survey each quarter.
        public var responseRate: Double
        /// Write the quirks real exports have; plant this many invalid rows; a lasting satisfaction shift.
        public var messy: Bool
        public var badRows: Int
        public var shock: String?

        public init(customers: Int, seed: UInt64, out: String, overwrite: Bool, start: String, end: String,
                    responseRate: Double, messy: Bool, badRows: Int, shock: String?) {
            self.customers = customers; self.seed = seed; self.out = out; self.overwrite = overwrite
            self.start = start; self.end = end; self.responseRate = responseRate; self.messy = messy
            self.badRows = badRows; self.shock = shock
        }
    }

    /// The default first and last day of the history.
    public static let defaultStart = SyntheticConfig.defaultStart.description
    public static let defaultEnd = SyntheticConfig.defaultEnd.description

    public static func run(_ request: Request) throws -> JobResult {
        guard let startDay = Day.parse(request.start) else {
            throw InvalidParameter(.start, value: request.start, expected: "a date YYYY-MM-DD")
        }
        guard let endDay = Day.parse(request.end) else {
            throw InvalidParameter(.end, value: request.end, expected: "a date YYYY-MM-DD")
        }
        let config = SyntheticConfig(customers: request.customers, seed: request.seed, start: startDay, end: endDay,
                                     responseRate: request.responseRate, messy: request.messy,
                                     badRows: request.badRows,
                                     shock: try request.shock.map { try SatisfactionShock(parsing: $0) })
        let summary = try SyntheticGenerator(config).write(to: request.out, overwrite: request.overwrite)
        return JobResult(text: { summary.table(directory: request.out, config: config) },
                         json: { try JSONText.encode(summary) + "\n" })
    }
}
