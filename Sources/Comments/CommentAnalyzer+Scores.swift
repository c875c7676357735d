import Support

extension CommentAnalyzer {
    /// The sentiment scores (−1…1, as `analyze(_:)` gives them) of `count` texts, `text(i)` called from `threads`
    /// threads at once (it must be safe to), each run with its own scanner: what the churn model's comment
    /// features need, without the theme names.
    public func sentimentScores(_ count: Int, threads: Int = Parallelism.threads, _ text: (Int) -> String) -> [Double] {
        compactAnalyses(count, threads: threads, text).map(\.score)
    }
}
