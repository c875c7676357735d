import Foundation
import Testing
@testable import ChurnCast
import Features
import Ingest
import TestSupport

/// The fast path of reasons against the general one: `ReasonExplainer` remembers each family's words by the values
/// that decide them (`ReasonWordCache`, `ReasonWriter.inputs`), finds the next reason by a scan
/// instead of a sort, and takes plain names from a list made once. The reference is the same explainer with the
/// cache off (every sentence made from the row) and the order by the sort the explainer used before; both must give
/// the same reasons for every row of the bundled social and shop samples, with models trained on them here.
@Suite struct ReasonWordCacheTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// Each row's reasons as the explainer worked them out before the cache: positive contributions sorted
    /// (largest first, ties by family order), each family's words made afresh from the row.
    static func reference(_ e: ReasonExplainer, rows: Int, count: Int) -> [[FamilyReason]] {
        let f = e.layout.families.count
        let c = e.layout.contributions(design: e.design, rows: rows, selected: Array(0..<rows)[...])
        return (0..<rows).map { row in
            let own = c[(row * f)..<((row + 1) * f)]
            let order = own.indices.filter { own[$0] > 0 }.sorted { own[$0] != own[$1] ? own[$0] > own[$1] : $0 < $1 }
            var out: [FamilyReason] = []
            for i in order where out.count < count {
                let k = i - own.startIndex
                let family = e.layout.families[k]
                let words = family.group == ActivityFeatures.family
                    ? e.activityReasons?.familyWords(row: row)
                    : ReasonWriter.words(family, attribute: e.attributes[k], typical: e.typical,
                                         x: { e.values[$0 * rows + row] })
                if let words {
                    out.append(FamilyReason(family: family, plainName: family.plainName, contribution: own[i], words: words))
                }
            }
            return out
        }
    }

    /// Trains on the sample `folder` at `dates` (horizon `horizon`), then compares both paths at each of `asOf`.
    static func check(data folder: String, dates: [String], horizon: Int, asOf: [String]) throws {
        let exports = ExportsRequest(dataDirectory: root + "/datasets/" + folder, customers: nil, nps: nil,
                                     engagement: nil, mappings: [], configPath: nil, rejectsPath: nil)
        let dir = TemporaryDirectory("cc-reason-cache-\(folder)")
        let path = dir.path + "/model.json"
        _ = try TrainJob.run(TrainJob.Request(exports: exports, dates: dates.map(day), horizonDays: horizon, l2: 1,
                                              cvFolds: 0, classWeight: .none, ridge: 1, modelPath: path),
                             progress: { _ in })
        let inputs = try ModelJobInputs(modelPath: path, exports: exports, progress: { _ in })
        for date in asOf {
            let table = try inputs.model.featureTable(customers: inputs.data.customers, nps: inputs.data.nps,
                                                      engagement: inputs.data.engagement, asOf: [day(date)])
            let explainer = ReasonExplainer(model: inputs.model, table: table, design: inputs.model.predict(table).design)
            let all = Array(0..<table.rowCount)
            let fast = explainer.familyReasons(rows: all[...], count: 3)
            let general = reference(explainer, rows: table.rowCount, count: 3)
            #expect(table.rowCount > 1000)
            #expect(fast.filter { !$0.isEmpty }.count > table.rowCount / 2)
            #expect(fast == general, "\(folder) at \(date)")
            let groups = Set(fast.joined().map(\.family.group))
            #expect(groups.contains(folder == "shop-sample" ? ActivityFeatures.family : "engagement"), "\(groups)")
            // All of a row's positive families with words, when asked for more reasons than families.
            let many = explainer.layout.families.count + 1
            let first = Array(reference(explainer, rows: table.rowCount, count: many)[..<500])
            #expect(explainer.familyReasons(rows: all[..<500], count: many) == first)
        }
    }

    @Test func socialSampleReasonsEqualTheGeneralPath() throws {
        try Self.check(data: "sample", dates: ["2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31"], horizon: 90,
                       asOf: ["2026-06-30", "2026-09-30"])
    }

    @Test func shopSampleReasonsEqualTheGeneralPath() throws {
        try Self.check(data: "shop-sample", dates: ["2024-12-31", "2025-03-31", "2025-06-30", "2025-09-30"],
                       horizon: 180, asOf: ["2026-03-31", "2026-09-30"])
    }
}
