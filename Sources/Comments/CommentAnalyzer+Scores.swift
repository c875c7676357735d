import Support

extension CommentAnalyzer {
    /// The sentiment scores (−1…1, as `analyze(_:)` gives them) of `count` texts, `text(i)` called from `threads`
    /// threads at once (it must be safe to), each run with its own scanner: what the churn model's comment
    /// features need, without the theme names.
    public func sentimentScores(_ count: Int, threads: Int = Parallelism.threads, _ text: (Int) -> String) -> [Double] {
        compactAnalyses(count, threads: threads, text).map(\.score)
    }

    /// `sentimentScores` of texts given as UTF-8 bytes (`bytes(i)`, decoded as `String(decoding:as:)` would; the
    /// buffers must stay valid throughout): the ASCII ones are read in place, without a String each.
    public func sentimentScores(_ count: Int, threads: Int = Parallelism.threads,
                                bytes: (Int) -> UnsafeBufferPointer<UInt8>) -> [Double] {
        compactAnalyses(count, threads: threads, bytes: bytes).map(\.score)
    }
}
