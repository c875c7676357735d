import ChurnCast
import Foundation
import Ingest
import Support
import Synthetic

/// `churncast generate` as one call: a synthetic customer base (the three exports) with its planted ground truth.
public enum GenerateJob {
    public struct Request: Sendable {
        public var customers: Int
        public var seed: UInt64
        /// The folder to write into. A base generated there before is replaced; other exports are never touched.
        public var out: String
        /// First and last day of the history, as the user wrote them (`YYYY-MM-DD`).
        public var start: String
        public var end: String
        /// Mean share of customers who answer the survey each quarter.
        public var responseRate: Double
        /// Write the quirks real exports have; plant this many invalid rows; a lasting satisfaction shift.
        public var messy: Bool
        public var badRows: Int
        public var shock: String?

        public init(customers: Int, seed: UInt64, out: String, start: String, end: String,
                    responseRate: Double, messy: Bool, badRows: Int, shock: String?) {
            self.customers = customers; self.seed = seed; self.out = out
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
        try refuseOtherExports(in: request.out)
        let summary = try SyntheticGenerator(config).write(to: request.out, overwrite: true)
        return JobResult(text: { summary.table(directory: request.out, config: config) },
                         json: { try JSONText.encode(summary) + "\n" })
    }

    /// Outputs are replaced, but exports are inputs: a folder holding any of the files generate writes, without a
    /// ground truth of generate's own beside them, holds someone's data, and is refused (exit 73).
    static func refuseOtherExports(in folder: String) throws {
        let dir = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        if Oracle.groundTruthVersion(in: dir) != nil { return }
        let names = SyntheticGenerator.files
        if let existing = names.first(where: { FileManager.default.fileExists(atPath: dir + "/" + $0) }) {
            throw FileError.exists(path: dir + "/" + existing,
                                   hint: "generate replaces only a base it wrote itself (with its ground_truth.json); "
                                       + "choose another folder")
        }
    }
}
