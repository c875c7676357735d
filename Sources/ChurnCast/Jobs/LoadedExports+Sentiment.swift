import Comments
import Features
import Ingest
import Support

extension LoadedExports {
    /// Marks every response whose comment has text with `hasComment` and the comment's sentiment score (the
    /// churn model's comment features, `BuiltInFeature.commentFeatures`), the comments analysed in parallel by
    /// the analyzer of `configPath`'s themes — the same scores `churncast comments` writes.
    mutating func analyseComments(configPath: String?) throws {
        guard let pending = try startCommentAnalysis(configPath: configPath, background: false) else { return }
        let scores = pending.wait()
        for i in nps.indices where nps[i].hasComment { nps[i].sentiment = scores[i] }
    }

    /// Marks every response whose comment has text with `hasComment` at once and works out their sentiments as
    /// `analyseComments` does, on a background thread when `background` (more than one thread), so that the
    /// analysis overlaps the engagement stream of `SnapshotBuilder.build`; `nil` without comments. With `asOf`
    /// only the comments the tables at those dates read are analysed (`SnapshotBuilder.commentsRead`; the others 0),
    /// under `definition` `.contract` only those of the customers active at each date.
    mutating func startCommentAnalysis(configPath: String?, background: Bool = Parallelism.threads > 1,
                                       asOf: [Day]? = nil, definition: ChurnDefinition? = nil) throws -> PendingSentiments? {
        guard npsComments.count > 0 else { return nil }
        let analyzer = try CommentAnalyzer(configuration: .load(configPath: configPath))
        let comments = npsComments
        let commented = nps.indices.filter { comments.hasText($0) }
        for i in commented { nps[i].hasComment = true }
        let (responses, customers) = (nps, customers)
        let contract = definition == .contract ? customers : nil
        // In the background one thread is left to the engagement reader and accumulator.
        let threads = background ? max(1, Parallelism.threads - 1) : Parallelism.threads
        return PendingSentiments(background: background) {
            PhaseTimer.measure("analyse comments") {
                // Which comments are read is worked out here too, off the path to the engagement stream.
                let read = asOf.map {
                    SnapshotBuilder.commentsRead(nps: responses, customerCount: customers.count, asOf: $0,
                                                 contractCustomers: contract)
                }
                let kept = read.map { read in commented.filter { read[$0] } } ?? commented
                let scores = kept.withUnsafeBufferPointer { k in
                    comments.withBytes { bytes in
                        analyzer.sentimentScores(k.count, threads: threads, bytes: { bytes(k[$0]) })
                    }
                }
                var all = [Double](repeating: 0, count: responses.count)
                for (i, score) in zip(kept, scores) { all[i] = score }
                return all
            }
        }
    }
}

extension ChurnCastModel {
    /// Whether the churn or score model uses a comment feature (so the comments must be analysed to apply it).
    var usesCommentFeatures: Bool {
        let names = Set(BuiltInFeature.commentFeatures.map(\.name))
        return features.contains { !$0.constant && names.contains($0.name) }
    }
}
