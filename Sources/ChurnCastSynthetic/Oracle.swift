import ChurnCast
import Features
import Foundation
import Synthetic

/// The planted churn probabilities of a synthetic base, when the data folder holds the generator's
/// `ground_truth.json`: the ceiling an evaluation compares the model's ROC-AUC with.
public enum Oracle {
    /// A function giving the oracle's probability for every row of a one-snapshot table, or `nil` when the
    /// folder has no ground truth (real data).
    public static func load(dataDirectory: String?) throws -> ChurnOracle? {
        guard let dir = dataDirectory,
              FileManager.default.fileExists(atPath: dir + "/" + GroundTruth.fileName) else { return nil }
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
}
