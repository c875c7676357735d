import Support

/// The table `churncast comments` writes: for each response with a comment,
/// `customer_id, date, score, language, sentiment, sentiment_score, themes` (themes joined by `;`).
public enum CommentTable {
    public static let header = ["customer_id", "date", "score", "language", "sentiment", "sentiment_score", "themes"]

    /// Analyses the responses that have a comment (on `threads` threads) and writes the table, header first, to
    /// `sink`; rows in the order of `responses`. Returns the number of rows written.
    @discardableResult
    public static func write(_ responses: [CommentResponse], analyzer: CommentAnalyzer, to sink: inout FileSink,
                             threads: Int = Parallelism.threads) throws -> Int {
        let kept = responses.indices.filter { responses[$0].hasComment }
        let analyses = analyzer.compactAnalyses(kept.count, threads: threads) { responses[kept[$0]].comment }
        var head = CSVWriter()
        for name in header { head.field(name) }
        head.endLine()
        try head.flush(to: &sink)
        try CSVBlockWriter.write(rows: kept.count, to: &sink, threads: threads) { range, w in
            for i in range {
                let r = responses[kept[i]], a = analyses[i]
                w.field(r.customerID)
                w.field(r.date)
                if let score = r.score { w.field(score) } else { w.emptyField() }
                w.field(a.language.rawValue)
                w.field(a.sentiment.rawValue)
                w.field(a.score)
                w.field(joining: analyzer.themeNames(a.themes), separator: ";")
                w.endLine()
            }
        }
        return kept.count
    }
}
