import ChurnCast
import Features
import Foundation
import Synthetic

/// The planted churn probabilities of a synthetic base, when the data folder holds the generator's
/// `ground_truth.json`: the ceiling an evaluation compares the model's ROC-AUC with.
public enum Oracle {
    /// A function giving the oracle's probability for every row of a one-snapshot table, or `nil` when the
    /// folder has no ground truth of ChurnCast's own (real data; a `ground_truth.json` another tool wrote is
    /// not ours to read, and is ignored).
    public static func load(dataDirectory: String?) throws -> ChurnOracle? {
        guard let dir = dataDirectory, hasOwnGroundTruth(in: dir) else { return nil }
        let truth = try GroundTruth.load(from: dir)
        return { table in
            let ids = (0..<table.rowCount).map { table.customerId(row: $0) }
            let p = truth.oracleChurnProbabilities(customerIDs: ids, asOf: table.snapshotDates[0],
                                                   horizon: table.horizonDays)
            guard p.allSatisfy({ $0 != nil }) else {
                throw PipelineError.internalFailure("ground_truth.json in \(dir) does not match the exports (an id is unknown to it)")
            }
            return p.map { $0! }
        }
    }

    /// Whether `dir` holds a `ground_truth.json` that this version of `churncast generate` wrote: its `format` is
    /// ChurnCast's and its `generator_version` (or `generatorVersion`) today's.
    public static func hasOwnGroundTruth(in dir: String) -> Bool {
        groundTruthVersion(in: dir) == GroundTruth.generatorVersion
    }

    /// The generator version of a `ground_truth.json` that some version of `churncast generate` wrote (its `format`
    /// is ChurnCast's); nil for none or anyone else's file. `generate` may replace such a base.
    public static func groundTruthVersion(in dir: String) -> Int? {
        struct Header: Decodable {
            var format: String?
            var generatorVersion: Int?
            var generatorVersionSnake: Int?
            enum CodingKeys: String, CodingKey {
                case format, generatorVersion, generatorVersionSnake = "generator_version"
            }
        }
        guard let data = FileManager.default.contents(atPath: dir + "/" + GroundTruth.fileName),
              let header = try? JSONDecoder().decode(Header.self, from: data),
              header.format == GroundTruth.format else { return nil }
        return header.generatorVersion ?? header.generatorVersionSnake
    }
}
