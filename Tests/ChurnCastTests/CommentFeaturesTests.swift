import Foundation
import Testing
@testable import ChurnCast
import Features
import Ingest
import TestSupport

/// The comment features from training to scoring on the bundled sample (whose NPS export has English and German
/// comments): a model trained with them uses them, and every job that applies it marks each response with the
/// sentiment `churncast comments` writes for its comment (the reference: that command's CSV); a model trained with
/// `--exclude` of them does not use them, and its jobs leave the comments unanalysed.
@Suite struct CommentFeaturesTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/datasets/sample"
    static let exports = ExportsRequest(dataDirectory: sample, customers: nil, nps: nil, engagement: nil, mappings: [],
                                        configPath: nil, rejectsPath: nil)

    static func train(exclude: [String], to folder: TemporaryDirectory) throws -> String {
        let path = folder.path + "/model.json"
        let dates = ["2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31"].map { Day.parse($0)! }
        _ = try TrainJob.run(TrainJob.Request(exports: exports, dates: dates, horizonDays: 90, l2: 1, cvFolds: 0,
                                              classWeight: .none, ridge: 1, exclude: exclude, modelPath: path),
                             progress: { _ in })
        return path
    }

    @Test func jobsApplyingAModelThatUsesThemMarkTheSentimentOfEachComment() throws {
        let folder = TemporaryDirectory("cc-comment-features")
        let path = try Self.train(exclude: [], to: folder)
        let model = try ModelFileIO.read(path)
        #expect(model.usesCommentFeatures)
        let data = try ModelJobInputs(modelPath: path, exports: Self.exports, progress: { _ in }).data
        // The comments command's table: customer_id, date, score, language, sentiment, sentiment_score, themes.
        _ = try CommentsJob.run(.init(exports: Self.exports, out: folder.path + "/comments.csv"), progress: { _ in })
        let table = try CSVTable.read(path: folder.path + "/comments.csv")
        let commented = data.nps.filter(\.hasComment)
        #expect(commented.count == table.rows.count && commented.count > 1000)
        for (r, row) in zip(commented, table.rows) {
            #expect(data.customers.ids[Int(r.customer)] == row[0] && r.day.description == row[1])
            #expect(r.sentiment == Double(row[5]), "\(row)")
        }
        #expect(data.nps.indices.allSatisfy { data.nps[$0].hasComment == data.npsComments.hasText($0) })
    }

    /// `score`'s deferred analysis (on a background thread, waited on by the builder after the engagement stream)
    /// gives each commented response the sentiment of the analysis up front (checked above against the comments
    /// command), and the same feature table, also when only the comments that table reads are analysed.
    @Test func theBackgroundAnalysisGivesTheSameSentimentsAndTable() throws {
        let folder = TemporaryDirectory("cc-comment-features-deferred")
        let path = try Self.train(exclude: [], to: folder)
        let eager = try ModelJobInputs(modelPath: path, exports: Self.exports, progress: { _ in })
        let deferred = try ModelJobInputs(modelPath: path, exports: Self.exports, progress: { _ in }, deferComments: true)
        #expect(eager.sentiments == nil)
        let scores = try #require(deferred.sentiments).wait()
        #expect(deferred.data.nps.map(\.hasComment) == eager.data.nps.map(\.hasComment))
        for (i, r) in eager.data.nps.enumerated() where r.hasComment { #expect(scores[i] == r.sentiment) }
        let asOf = [Day.parse("2026-03-31")!]
        let a = try eager.model.featureTable(customers: eager.data.customers, nps: eager.data.nps,
                                             engagement: eager.data.engagement, asOf: asOf)
        let b = try deferred.model.featureTable(customers: deferred.data.customers, nps: deferred.data.nps,
                                                engagement: deferred.data.engagement, asOf: asOf,
                                                sentiments: deferred.sentiments)
        #expect(a.values.map(\.bitPattern) == b.values.map(\.bitPattern))
        // Only the comments the table at `asOf` reads analysed: the same table.
        let some = try ModelJobInputs(modelPath: path, exports: Self.exports, progress: { _ in }, deferComments: true,
                                      commentDates: asOf)
        let c = try some.model.featureTable(customers: some.data.customers, nps: some.data.nps,
                                            engagement: some.data.engagement, asOf: asOf, sentiments: some.sentiments)
        #expect(a.values.map(\.bitPattern) == c.values.map(\.bitPattern))
    }

    @Test func aModelTrainedWithoutThemLeavesTheCommentsUnread() throws {
        let folder = TemporaryDirectory("cc-comment-features-excluded")
        let path = try Self.train(exclude: BuiltInFeature.commentFeatures.map(\.name), to: folder)
        let model = try ModelFileIO.read(path)
        #expect(!model.usesCommentFeatures)
        let names = BuiltInFeature.commentFeatures.map(\.name)
        let specs = model.features.filter { names.contains($0.name) }
        #expect(specs.count == 2 && specs.allSatisfy { $0.constant })
        let data = try ModelJobInputs(modelPath: path, exports: Self.exports, progress: { _ in }).data
        #expect(data.nps.allSatisfy { !$0.hasComment && $0.sentiment == 0 })
        #expect(data.npsComments.count == data.nps.count)
    }
}
