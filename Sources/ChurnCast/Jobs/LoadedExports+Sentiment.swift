import Comments
import Features
import Ingest
import Support

extension LoadedExports {
    /// Marks every response whose comment has text with `hasComment` and the comment's sentiment score (the
    /// churn model's comment features, `BuiltInFeature.commentFeatures`), the comments analysed in parallel by
    /// the analyzer of `configPath`'s themes — the same scores `churncast comments` writes.
    mutating func analyseComments(configPath: String?) throws {
        guard npsComments.count > 0 else { return }
        let analyzer = try CommentAnalyzer(configuration: .load(configPath: configPath))
        try PhaseTimer.measure("analyse comments") {
            let comments = npsComments
            let kept = nps.indices.filter { comments.hasText($0) }
            let scores = kept.withUnsafeBufferPointer { k in
                comments.withTexts { text in analyzer.sentimentScores(k.count) { text(k[$0]) } }
            }
            for (i, score) in zip(kept, scores) {
                nps[i].hasComment = true
                nps[i].sentiment = score
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
