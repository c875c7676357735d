import ChurnCast
import Foundation
import Ingest
import Support
import Synthetic

extension GenerateJob {
    /// `generate --kind shop`: customers.csv (no churn_date), orders.csv, nps_responses.csv unless the survey
    /// share is 0, and the planted truth in shop_truth.json and shop_truth.csv (`ShopGenerator`).
    static func runShop(_ request: Request) throws -> JobResult {
        let config = ShopConfig(customers: request.customers, seed: request.seed, start: request.start, end: request.end,
                                surveyShare: request.surveyShare, signupDates: request.signupDates)
        let generator = try ShopGenerator(config)
        try refuseOtherExports(in: request.out, kind: .shop)
        // A survey export left by an earlier shop base of this folder would no longer match the orders.
        let staleSurvey = folderPath(request.out) + "/" + ExportLayout.npsFile
        if config.surveyShare == 0 && FileManager.default.fileExists(atPath: staleSurvey) {
            try FileManager.default.removeItem(atPath: staleSurvey)
        }
        let summary = try generator.write(to: request.out, overwrite: true)
        return JobResult(text: { summary.table(directory: request.out, config: config) },
                         json: { try JSONText.encode(summary) + "\n" })
    }

    /// Every export either kind of base writes.
    static let exportFiles = SyntheticGenerator.files.filter { $0 != GroundTruth.fileName } + [ShopGenerator.ordersFile]

    /// Outputs are replaced, but exports are inputs: a folder holding any export without a ground truth of
    /// generate's own beside them holds someone's data, and is refused (exit 73); so is a base of the other kind,
    /// whose files would be left mixed with the new ones.
    static func refuseOtherExports(in folder: String, kind: Kind) throws {
        let dir = folderPath(folder)
        let subscription = Oracle.groundTruthVersion(in: dir) != nil
        let shop = ShopGroundTruth.isOwnTruth(in: dir)
        if (kind == .subscription && subscription) || (kind == .shop && shop) { return }
        if subscription || shop {
            let other: Kind = subscription ? .subscription : .shop
            throw FileError.exists(path: dir + "/" + (subscription ? GroundTruth.fileName : ShopGenerator.truthFile),
                                   hint: "the folder holds a \(other.rawValue) base; generate a \(kind.rawValue) base "
                                       + "into another folder")
        }
        if let existing = exportFiles.first(where: { FileManager.default.fileExists(atPath: dir + "/" + $0) }) {
            let truth = kind == .shop ? ShopGenerator.truthFile : GroundTruth.fileName
            throw FileError.exists(path: dir + "/" + existing,
                                   hint: "generate replaces only a base it wrote itself (with its \(truth)); "
                                       + "choose another folder")
        }
    }

    static func folderPath(_ folder: String) -> String {
        folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    }
}
