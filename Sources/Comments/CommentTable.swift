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
        // Threads read the arrays through buffer pointers: no shared reference counts to contend on.
        let analyses = responses.withUnsafeBufferPointer { r in
            kept.withUnsafeBufferPointer { k in analyzer.compactAnalyses(k.count, threads: threads) { r[k[$0]].comment } }
        }
        var head = CSVWriter()
        for name in header { head.field(name) }
        head.endLine()
        try head.flush(to: &sink)
        try responses.withUnsafeBufferPointer { r in
            try kept.withUnsafeBufferPointer { k in
                try analyses.withUnsafeBufferPointer { a in
                    try CSVBlockWriter.write(rows: k.count, to: &sink, threads: threads) { range, w in
                        for i in range { row(r[k[i]], a[i], analyzer: analyzer, to: &w) }
                    }
                }
            }
        }
        return kept.count
    }

    private static func row(_ r: CommentResponse, _ a: CompactAnalysis, analyzer: CommentAnalyzer,
                            to w: inout CSVWriter) {
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
